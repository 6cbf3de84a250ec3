import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { SUBPROTOCOL } from "../../shared/protocol.ts";
import type { Rule } from "../../shared/rules/index.ts";
import { openDb } from "../../worker/db/client.ts";
import { sweepLost, dispatchFor } from "../../worker/engage/dispatch.ts";
import { senderFor } from "../../worker/engage/deliver.ts";
import { runEngage } from "../../worker/engage/scheduled.ts";
import { aWorkspace } from "./fixtures.ts";
import { anAutoMessage, T } from "./engageFixtures.ts";
import { consume, deliveryRows, proContacts, recordingQueue, untilSent } from "./deliveryQueueFixtures.ts";
import { boot, openSocket, room } from "./messenger.ts";

const PRO: Rule = { field: "custom_attributes.plan", operator: "=", value: "pro" };
const QUEUE_ALL = { pageSize: 50, maxDeliveries: 1000, maxInline: 0, maxMillis: 60_000 };
const ctxAt = (now: number, queue?: Queue<unknown>) => ({ env: queue ? { ...env, DELIVERIES: queue } : env, db: openDb(env.DB), requestId: "test", now, defer: () => {} });

interface ListRow {
  id: number;
  last_seq: number;
  parts_count: number;
  unread_by_user: number;
  last_part_preview: string;
  source_client_id: string;
}

async function conversationRows(workspaceId: number): Promise<ListRow[]> {
  const { results } = await env.DB.prepare("SELECT id, last_seq, parts_count, unread_by_user, last_part_preview, source_client_id FROM conversations WHERE workspace_id = ? ORDER BY id").bind(workspaceId).all<ListRow>();
  return results;
}

describe("consumeDeliveries with a batch of in-app deliveries", () => {
  it("starts each conversation once, listed in D1 with its first part, and tells a contact whose messenger is open", async () => {
    const ws = await aWorkspace();
    // Booted before the message exists, so the visit's own evaluation sends nothing.
    const visitor = await boot(ws, { user_id: "reader-1" });
    const channel = await openSocket(`/messenger/${ws.appId}/ws`, { "sec-websocket-protocol": `${SUBPROTOCOL}, parley-token.${visitor.token}` });
    const id = await anAutoMessage(ws, { rules: PRO, body: "Pro tips inside" });
    await env.DB.prepare(`UPDATE contacts SET custom_attributes = '{"plan":"pro"}' WHERE workspace_id = ?`).bind(ws.workspaceId).run();
    await proContacts(ws, 24);
    const { queue, sent } = recordingQueue();
    await runEngage(ctxAt(T, queue), { budget: QUEUE_ALL });
    expect(sent).toHaveLength(25);

    const result = await consume("parley-deliveries", sent);
    expect(result.retryMessages).toEqual([]);
    const rows = await deliveryRows("auto_message_id = ?", Number(id));
    expect(rows.map((d) => d.status)).toEqual(Array(25).fill("sent"));
    const listed = await conversationRows(ws.workspaceId);
    expect(listed.map((c) => c.id).sort()).toEqual(rows.map((d) => d.conversationId).sort());
    expect(new Set(listed.map((c) => c.source_client_id))).toEqual(new Set(rows.map((d) => `delivery-${d.id}`)));
    for (const row of listed) expect(row).toMatchObject({ last_seq: 1, parts_count: 1, unread_by_user: 1, last_part_preview: "Pro tips inside" });
    const first = listed[0];
    const snapshot = first ? await room(ws, String(first.id)).snapshot("user") : null;
    expect(snapshot?.parts).toMatchObject([{ seq: 1, body: "Pro tips inside", author: { type: "admin", id: String(ws.ownerId) } }]);
    const told = await channel.next((f) => f.type === "conversation");
    expect(told).toMatchObject({ type: "conversation", conversation: { last_part_preview: "Pro tips inside", unread: 1 } });
    channel.close();

    // The queue may hand the whole batch over again: nothing is started twice.
    expect((await consume("parley-deliveries", sent)).retryMessages).toEqual([]);
    expect(await conversationRows(ws.workspaceId)).toHaveLength(25);
  });
});

describe("sweepLost", () => {
  it("sends a queued delivery whose queue message was lost with a later scheduled run, once", async () => {
    const ws = await aWorkspace();
    const id = await anAutoMessage(ws, { rules: PRO });
    await proContacts(ws, 3);
    // The queue takes the messages and loses them, as wrangler dev does when it reloads.
    const lost = recordingQueue();
    await runEngage(ctxAt(T, lost.queue), { budget: QUEUE_ALL });
    expect(lost.sent).toHaveLength(3);
    const probe = recordingQueue();
    const sender = senderFor(ctxAt(T + 60, probe.queue));
    expect(await sweepLost(sender, dispatchFor(sender.c.env, 0)), "just enqueued: not lost yet").toBe(0);

    await env.DB.prepare("UPDATE deliveries SET enqueued_at = unixepoch() - 3600 WHERE auto_message_id = ?").bind(Number(id)).run();
    await runEngage(ctxAt(T + 120));
    const sent = await untilSent("auto_message_id = ?", [Number(id)], 3);
    expect(new Set(sent.map((d) => d.conversationId)).size).toBe(3);

    await env.DB.prepare("UPDATE deliveries SET enqueued_at = unixepoch() - 3600 WHERE auto_message_id = ?").bind(Number(id)).run();
    expect(await sweepLost(sender, dispatchFor(sender.c.env, 0)), "sent: never swept again").toBe(0);
    expect(probe.sent).toEqual([]);
    // The lost messages turning up after all change nothing either.
    expect((await consume("parley-deliveries", lost.sent)).retryMessages).toEqual([]);
    expect(await conversationRows(ws.workspaceId)).toHaveLength(3);
  });
});
