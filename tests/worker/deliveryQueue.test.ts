import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Rule } from "../../shared/rules/index.ts";
import { openDb } from "../../worker/db/client.ts";
import { insertManualMessage } from "../../worker/db/deliveries.ts";
import { startManualMessage } from "../../worker/engage/manual.ts";
import { runEngage } from "../../worker/engage/scheduled.ts";
import { call, aWorkspace } from "./fixtures.ts";
import { anAutoMessage, T } from "./engageFixtures.ts";
import { consume, deliveryRows, proContacts, recordingQueue, untilSent } from "./deliveryQueueFixtures.ts";

const PRO: Rule = { field: "custom_attributes.plan", operator: "=", value: "pro" };
const ctxAt = (now: number, queue?: Queue<unknown>) => ({ env: queue ? { ...env, DELIVERIES: queue } : env, db: openDb(env.DB), requestId: "test", now, defer: () => {} });

async function conversationCount(workspaceId: number): Promise<number> {
  const row = await env.DB.prepare("SELECT count(*) AS n FROM conversations WHERE workspace_id = ?").bind(workspaceId).first<{ n: number }>();
  return row?.n ?? 0;
}

describe("a scheduled run through the delivery queue", () => {
  it("claims every due delivery, queues what it does not send itself, and the consumer sends each once", async () => {
    const ws = await aWorkspace();
    const id = await anAutoMessage(ws, { rules: PRO });
    await proContacts(ws, 45);
    const report = await runEngage(ctxAt(T), { budget: { pageSize: 20, maxDeliveries: 1000, maxInline: 5, maxMillis: 60_000 } });
    expect(report.delivered).toBe(45);
    const started = Date.now();
    const sent = await untilSent("auto_message_id = ?", [Number(id)], 45);
    console.log("queue drained in", Date.now() - started, "ms");
    expect(new Set(sent.map((d) => d.contactId)).size).toBe(45);
    expect(new Set(sent.map((d) => d.conversationId)).size).toBe(45);
    expect(await conversationCount(ws.workspaceId)).toBe(45);
    // The queue may hand a message over twice: the second time sends nothing.
    const result = await consume("parley-deliveries", sent.slice(0, 20).map((d) => ({ delivery_id: d.id })));
    expect(result.retryMessages).toEqual([]);
    expect(await conversationCount(ws.workspaceId)).toBe(45);
    await runEngage(ctxAt(T + 60));
    expect(await deliveryRows("auto_message_id = ?", Number(id))).toHaveLength(45);
  });

  it("retries a failing send with backoff, then the dead-letter queue marks it failed, shows it, and a retry by hand sends it", async () => {
    const ws = await aWorkspace();
    const id = await anAutoMessage(ws, { rules: PRO });
    await proContacts(ws, 1);
    const { queue, sent } = recordingQueue();
    await runEngage(ctxAt(T, queue), { budget: { pageSize: 10, maxDeliveries: 10, maxInline: 0, maxMillis: 60_000 } });
    expect(sent).toHaveLength(1);
    // An empty body makes starting the conversation throw, as a broken dependency would.
    await env.DB.prepare("UPDATE auto_messages SET body = '' WHERE id = ?").bind(Number(id)).run();
    const first = await consume("parley-deliveries", sent, 1);
    expect(first.retryMessages).toHaveLength(1);
    const third = await consume("parley-deliveries", sent, 3);
    expect(third.retryMessages).toHaveLength(1);
    const [row] = await deliveryRows("auto_message_id = ?", Number(id));
    expect(row).toMatchObject({ status: "queued", attempts: 3 });
    expect(row?.lastError).toBeTruthy();

    const dead = await consume("parley-deliveries-dlq", sent, 1);
    expect(dead.retryMessages).toEqual([]);
    const failed = await call("/api/failed_deliveries", { token: ws.token });
    const list: { data: { id: string; auto_message_id: string; attempts: number; last_error: string }[] } = await failed.json();
    expect(list.data).toEqual([expect.objectContaining({ id: String(row?.id), auto_message_id: id, attempts: 3 })]);

    await env.DB.prepare("UPDATE auto_messages SET body = 'Fixed' WHERE id = ?").bind(Number(id)).run();
    const retry = await call(`/api/failed_deliveries/${row?.id}/retry`, { method: "POST", token: ws.token });
    expect(retry.status).toBe(200);
    await untilSent("auto_message_id = ?", [Number(id)], 1);
    expect(await conversationCount(ws.workspaceId)).toBe(1);
    const after: { data: unknown[] } = await (await call("/api/failed_deliveries", { token: ws.token })).json();
    expect(after.data).toEqual([]);
  });
});

describe("POST /api/manual_messages to a large audience", () => {
  it("claims and queues the deliveries without sending any inside the request", async () => {
    const ws = await aWorkspace();
    await proContacts(ws, 30);
    const message = await insertManualMessage(openDb(env.DB), { workspaceId: ws.workspaceId, channel: "in_app", subject: null, body: "News", fromAdminId: ws.ownerId, audience: { rules: PRO }, createdAt: T });
    const { queue, sent } = recordingQueue();
    expect(await startManualMessage(ctxAt(T, queue), message)).toEqual({ claimed: 30, finished: true });
    expect(sent).toHaveLength(30);
    expect(await conversationCount(ws.workspaceId)).toBe(0);
    expect((await deliveryRows("manual_message_id = ?", message.id)).every((d) => d.status === "queued")).toBe(true);
  });

  it("answers with the deliveries it claimed, each then sent once by the queue", async () => {
    const ws = await aWorkspace();
    await proContacts(ws, 30);
    const response = await call("/api/manual_messages", { method: "POST", token: ws.token, json: { channel: "in_app", body: "News", from_admin_id: ws.ownerId, audience: { rules: PRO } } });
    const body: { id: string; sent: number; state: string } = await response.json();
    expect(body).toMatchObject({ sent: 30, state: "sent" });
    const rows = await untilSent("manual_message_id = ?", [Number(body.id)], 30);
    expect(new Set(rows.map((d) => d.conversationId)).size).toBe(30);
  });
});
