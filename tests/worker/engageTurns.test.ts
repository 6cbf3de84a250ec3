import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Rule } from "../../shared/rules/index.ts";
import { openDb } from "../../worker/db/client.ts";
import { runEngage } from "../../worker/engage/scheduled.ts";
import { aWorkspace, call } from "./fixtures.ts";
import { aContact, anAutoMessage, deliveries, runAt, T } from "./engageFixtures.ts";

const PRO: Rule = { field: "custom_attributes.plan", operator: "=", value: "pro" };
const quietCtx = (now: number) => ({ env, db: openDb(env.DB), requestId: "test", now, defer: () => {} });

describe("POST /api/manual_messages to a large audience", () => {
  it("sends the first page before answering and the rest in the next scheduled run, each once", async () => {
    const ws = await aWorkspace();
    for (let i = 0; i < 130; i++) await aContact(ws, { customAttributes: { plan: "pro" } });
    const response = await call("/api/manual_messages", { method: "POST", token: ws.token, json: { channel: "in_app", body: "News", from_admin_id: ws.ownerId, audience: { rules: PRO } } });
    const body: { id: string; sent: number; state: string } = await response.json();
    expect(body).toMatchObject({ sent: 100, state: "sending" });
    expect(await deliveries(ws, `manual_message_id=${body.id}`)).toHaveLength(100);
    await runAt(T);
    await runAt(T + 60);
    const sent = await deliveries(ws, `manual_message_id=${body.id}`);
    expect(sent).toHaveLength(130);
    expect(new Set(sent.map((d) => d.contact_id)).size).toBe(130);
  });
});

describe("runEngage", () => {
  it("gives every workspace a turn, so one big audience cannot starve another", async () => {
    const big = await aWorkspace();
    const small = await aWorkspace();
    const bigMessage = await anAutoMessage(big, { rules: PRO });
    const smallMessage = await anAutoMessage(small, { rules: PRO });
    for (let i = 0; i < 30; i++) await aContact(big, { customAttributes: { plan: "pro" } });
    for (let i = 0; i < 3; i++) await aContact(small, { customAttributes: { plan: "pro" } });
    const budget = { pageSize: 10, maxDeliveries: 12, maxMillis: 60_000 };
    const first = await runEngage(quietCtx(T), { budget });
    expect(first.delivered).toBe(12);
    expect(await deliveries(small, `auto_message_id=${smallMessage}`)).toHaveLength(3);
    expect(first.unfinished).toContain(big.workspaceId);
    for (let run = 1; run <= 3; run++) await runEngage(quietCtx(T + 60 * run), { budget });
    expect(await deliveries(big, `auto_message_id=${bigMessage}`)).toHaveLength(30);
  });
});
