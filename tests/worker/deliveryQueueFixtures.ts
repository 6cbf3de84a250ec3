import { createExecutionContext, createMessageBatch, getQueueResult, type QueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { newContactId } from "../../worker/db/contacts.ts";
import type { Delivery } from "../../worker/db/schema.ts";
import worker from "../../worker/index.ts";
import { T } from "./engageFixtures.ts";
import type { TestWorkspace } from "./fixtures.ts";

/** Many contacts with custom_attributes.plan = "pro" in one statement (aContact is one round trip each). */
export async function proContacts(ws: TestWorkspace, n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, (_, i) => newContactId(T - 200 * 86_400 + i));
  await env.DB.prepare(
    `INSERT INTO contacts (id, workspace_id, role, name, custom_attributes, created_at, updated_at)
     SELECT value, ?, 'user', 'Pro ' || key, '{"plan":"pro"}', ?, ? FROM json_each(?)`,
  )
    .bind(ws.workspaceId, T - 200 * 86_400, T - 200 * 86_400, JSON.stringify(ids))
    .run();
  return ids;
}

/** A Queue that only records what it was given, so a test can hand the batch to the consumer itself. */
export function recordingQueue(): { queue: Queue<unknown>; sent: unknown[] } {
  const sent: unknown[] = [];
  const metadata = { metrics: { backlogCount: 0, backlogBytes: 0 } };
  const queue: Queue<unknown> = {
    async metrics() {
      return metadata.metrics;
    },
    async send(body) {
      sent.push(body);
      return { metadata };
    },
    async sendBatch(messages) {
      for (const m of messages) sent.push(m.body);
      return { metadata };
    },
  };
  return { queue, sent };
}

/** Runs the Worker's queue() handler on these bodies, as delivery attempt `attempts`. */
export async function consume(queueName: string, bodies: unknown[], attempts = 1): Promise<QueueResult> {
  const batch = createMessageBatch(
    queueName,
    bodies.map((body, i) => ({ id: `m${i}-${attempts}`, timestamp: new Date(), attempts, body })),
  );
  const ctx = createExecutionContext();
  await worker.queue(batch, env, ctx);
  return getQueueResult(batch, ctx);
}

export async function deliveryRows(where: string, ...bind: (string | number)[]): Promise<Delivery[]> {
  const { results } = await env.DB.prepare(`SELECT id, status, attempts, last_error AS lastError, conversation_id AS conversationId, contact_id AS contactId FROM deliveries WHERE ${where} ORDER BY id`)
    .bind(...bind)
    .all<Delivery>();
  return results;
}

/** Waits for the real queue (Miniflare's, as wrangler.toml configures it) to send every delivery of a message. */
export async function untilSent(where: string, bind: (string | number)[], count: number, timeoutMs = 15_000): Promise<Delivery[]> {
  const started = Date.now();
  for (;;) {
    const rows = await deliveryRows(where, ...bind);
    if (rows.length === count && rows.every((r) => r.status === "sent")) return rows;
    if (Date.now() - started > timeoutMs) {
      expect(rows.map((r) => r.status).filter((s) => s !== "sent"), "deliveries not sent in time").toEqual([]);
      return rows;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
