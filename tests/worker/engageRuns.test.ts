import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Rule } from "../../shared/rules/index.ts";
import { openDb } from "../../worker/db/client.ts";
import { runAutoMessages } from "../../worker/engage/run.ts";
import { call, aWorkspace } from "./fixtures.ts";
import { aContact, anAutoMessage, DAY, deliveries, runAt, T } from "./engageFixtures.ts";

const PRO: Rule = { field: "custom_attributes.plan", operator: "=", value: "pro" };

describe("scheduled auto message runs", () => {
  it("deliver exactly once across repeated runs, as one conversation from the admin", async () => {
    const ws = await aWorkspace();
    const id = await anAutoMessage(ws, { rules: PRO, body: "Pro tips inside" });
    const contact = await aContact(ws, { customAttributes: { plan: "pro" } });
    await runAt(T);
    await runAt(T + 60);
    await runAt(T + DAY);
    const sent = await deliveries(ws, `auto_message_id=${id}`);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.conversation_id).not.toBeNull();
    const list = await call(`/api/conversations`, { token: ws.token });
    const body: { conversations: { id: string; source: { body: string; author: { type: string } }; contacts: { contacts: { id: string }[] } }[] } = await list.json();
    expect(body.conversations).toHaveLength(1);
    expect(body.conversations[0]).toMatchObject({ id: sent[0]?.conversation_id, source: { author: { type: "admin" } } });
    expect(body.conversations[0]?.contacts.contacts[0]?.id).toBe(contact.id);
  });

  it("deliver exactly once when runs overlap", async () => {
    const ws = await aWorkspace();
    const id = await anAutoMessage(ws, { rules: PRO });
    for (let i = 0; i < 5; i++) await aContact(ws, { customAttributes: { plan: "pro" } });
    await Promise.all([runAt(T), runAt(T), runAt(T + 1)]);
    const sent = await deliveries(ws, `auto_message_id=${id}`);
    expect(sent).toHaveLength(5);
    expect(new Set(sent.map((d) => d.contact_id)).size).toBe(5);
    const list = await call(`/api/conversations`, { token: ws.token });
    const body: { conversations: unknown[] } = await list.json();
    expect(body.conversations).toHaveLength(5);
  });

  it("never deliver paused or draft auto messages, and stop when one is paused", async () => {
    const ws = await aWorkspace();
    const paused = await anAutoMessage(ws, { rules: PRO, state: "paused" });
    const draft = await anAutoMessage(ws, { rules: PRO, state: "draft" });
    const live = await anAutoMessage(ws, { rules: PRO, state: "live" });
    await aContact(ws, { customAttributes: { plan: "pro" } });
    await runAt(T);
    const pause = await call(`/api/auto_messages/${live}`, { method: "PUT", token: ws.token, json: { state: "paused" } });
    expect(pause.status).toBe(200);
    await aContact(ws, { customAttributes: { plan: "pro" } });
    await runAt(T + 60);
    expect(await deliveries(ws, `auto_message_id=${paused}`)).toEqual([]);
    expect(await deliveries(ws, `auto_message_id=${draft}`)).toEqual([]);
    expect(await deliveries(ws, `auto_message_id=${live}`)).toHaveLength(1);
  });

  it("continue in the next run where a run's budget ran out", async () => {
    const ws = await aWorkspace();
    const id = await anAutoMessage(ws, { rules: PRO });
    for (let i = 0; i < 5; i++) await aContact(ws, { customAttributes: { plan: "pro" } });
    const c = { env, db: openDb(env.DB), requestId: "test", now: T, defer: () => undefined };
    const first = await runAutoMessages(c, { budget: { pageSize: 2, maxDeliveries: 3, maxMillis: 60_000 } });
    expect(first.unfinished).toBe(true);
    expect(await deliveries(ws, `auto_message_id=${id}`)).toHaveLength(3);
    const second = await runAutoMessages({ ...c, now: T + 60 }, { budget: { pageSize: 2, maxDeliveries: 100, maxMillis: 60_000 } });
    expect(second.unfinished).toBe(false);
    const sent = await deliveries(ws, `auto_message_id=${id}`);
    expect(sent).toHaveLength(5);
    expect(sent.map((d) => d.sent_at).sort()).toEqual([T, T, T, T + 60, T + 60]);
  });

  it("use event counts in rules", async () => {
    const ws = await aWorkspace();
    const id = await anAutoMessage(ws, { rules: { field: "event.invited-teammate.count", operator: ">", value: 1 } });
    const active = await aContact(ws);
    const once = await aContact(ws);
    for (const [who, times] of [[active, 2], [once, 1]] as const) {
      for (let i = 0; i < times; i++) {
        const r = await call("/api/events", { method: "POST", token: ws.token, json: { event_name: "invited-teammate", id: who.id } });
        expect(r.status).toBe(202);
      }
    }
    await runAt(T);
    expect((await deliveries(ws, `auto_message_id=${id}`)).map((d) => d.contact_id)).toEqual([active.id]);
  });
});
