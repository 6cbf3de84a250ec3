// The queue side of deliveries (docs/engage.md "Delivery at scale"): many claims in one statement,
// what the consumer needs to send a claimed delivery, its status, and the failed ones the admin
// app lists. The partial unique indexes on deliveries stay the exactly-once guard.
import { and, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import { autoMessages, campaignMessages, contacts, deliveries, emailOutbox, manualMessages, type Delivery, type OutboxEmail } from "./schema.ts";

export type DeliveryStatus = Delivery["status"];

export interface ClaimMany {
  workspaceId: number;
  channel: "in_app" | "email";
  sentAt: number;
  status: DeliveryStatus;
  autoMessageId?: number;
  manualMessageId?: number;
}

/** Claims a delivery for every contact that holds none of this message yet: one statement for a page. */
export async function claimDeliveries(db: Db, claim: ClaimMany, contactIds: readonly string[]): Promise<Delivery[]> {
  if (contactIds.length === 0) return [];
  // `WHERE true` keeps SQLite from reading ON CONFLICT as part of the SELECT's join.
  const rows = await db.all<Record<string, unknown>>(sql`
    INSERT INTO deliveries (workspace_id, contact_id, channel, sent_at, auto_message_id, manual_message_id, status, enqueued_at)
    SELECT ${claim.workspaceId}, value, ${claim.channel}, ${claim.sentAt}, ${claim.autoMessageId ?? null}, ${claim.manualMessageId ?? null}, ${claim.status}, unixepoch()
    FROM json_each(${JSON.stringify(contactIds)}) WHERE true
    ON CONFLICT DO NOTHING
    RETURNING id`);
  const ids = rows.flatMap((r) => (typeof r.id === "number" ? [r.id] : []));
  return deliveriesByIds(db, ids);
}

export async function deliveriesByIds(db: Db, ids: readonly number[]): Promise<Delivery[]> {
  if (ids.length === 0) return [];
  return db.select().from(deliveries).where(sql`${deliveries.id} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`).orderBy(deliveries.id).all();
}

/** What a claimed delivery says: its message's words, or null once that message is deleted. */
export interface DeliveryContent {
  subject: string | null;
  body: string;
  fromAdminId: number;
}

export async function contentOf(db: Db, d: Delivery): Promise<DeliveryContent | null> {
  const pick = { subject: sql<string | null>`subject`, body: sql<string>`body`, fromAdminId: sql<number>`from_admin_id` };
  if (d.autoMessageId !== null) return (await db.select(pick).from(autoMessages).where(eq(autoMessages.id, d.autoMessageId)).get()) ?? null;
  if (d.campaignMessageId !== null) return (await db.select(pick).from(campaignMessages).where(eq(campaignMessages.id, d.campaignMessageId)).get()) ?? null;
  if (d.manualMessageId !== null) return (await db.select(pick).from(manualMessages).where(eq(manualMessages.id, d.manualMessageId)).get()) ?? null;
  return null;
}

export async function markSent(db: Db, id: number, conversationId: number | null): Promise<void> {
  await db.update(deliveries).set({ status: "sent", ...(conversationId === null ? {} : { conversationId }) }).where(eq(deliveries.id, id)).run();
}

/** Many deliveries marked sent in one statement: the consumer's batch, after its sends. */
export async function markSentMany(db: Db, sent: readonly { id: number; conversationId: number | null }[]): Promise<void> {
  if (sent.length === 0) return;
  const rows = JSON.stringify(sent.map((x) => ({ d: x.id, c: x.conversationId })));
  await db.run(sql`
    UPDATE deliveries SET status = 'sent',
      conversation_id = coalesce((SELECT value ->> 'c' FROM json_each(${rows}) WHERE value ->> 'd' = deliveries.id), conversation_id)
    WHERE id IN (SELECT value ->> 'd' FROM json_each(${rows}))`);
}

export async function markCancelled(db: Db, id: number, reason: string): Promise<void> {
  await db.update(deliveries).set({ status: "cancelled", lastError: reason }).where(and(eq(deliveries.id, id), eq(deliveries.status, "queued"))).run();
}

/** A failed attempt, retried by a queue message due in `delaySeconds`: the sweep leaves it alone till then. */
export async function recordAttempt(db: Db, id: number, attempts: number, error: string, delaySeconds = 0): Promise<void> {
  await db.update(deliveries).set({ attempts, lastError: error.slice(0, 500), enqueuedAt: sql`unixepoch() + ${delaySeconds}` }).where(eq(deliveries.id, id)).run();
}

/**
 * Queued deliveries whose queue message is overdue by `staleSeconds` (wall clock: the queue's
 * time, not a run's scheduledTime), at most `limit`, stamped as enqueued again in the same
 * statement so that concurrent runs do not both take them. The caller enqueues the ids.
 */
export async function takeStaleQueued(db: Db, staleSeconds: number, limit: number): Promise<number[]> {
  const rows = await db.all<Record<string, unknown>>(sql`
    UPDATE deliveries SET enqueued_at = unixepoch()
    WHERE id IN (SELECT id FROM deliveries WHERE status = 'queued' AND enqueued_at < unixepoch() - ${staleSeconds} LIMIT ${limit})
    RETURNING id`);
  return rows.flatMap((r) => (typeof r.id === "number" ? [r.id] : []));
}

/** The dead-letter queue's verdict, or an enqueue that failed: shown under Messages → Failed. */
export async function markFailed(db: Db, ids: readonly number[], at: number, error?: string): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(deliveries)
    .set({ status: "failed", failedAt: at, ...(error ? { lastError: error } : {}) })
    .where(and(sql`${deliveries.id} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`, eq(deliveries.status, "queued")))
    .run();
}

/** Retry by hand: back to queued with fresh attempts; undefined unless it had failed. */
export async function requeueFailed(db: Db, workspaceId: number, id: number): Promise<Delivery | undefined> {
  return db
    .update(deliveries)
    .set({ status: "queued", attempts: 0, failedAt: null, enqueuedAt: sql`unixepoch()` })
    .where(and(eq(deliveries.workspaceId, workspaceId), eq(deliveries.id, id), eq(deliveries.status, "failed")))
    .returning()
    .get();
}

export interface FailedDelivery extends Delivery {
  contactName: string | null;
  contactEmail: string | null;
}

export async function failedDeliveriesOf(db: Db, workspaceId: number, limit: number): Promise<FailedDelivery[]> {
  const rows = await db
    .select({ d: deliveries, contactName: contacts.name, contactEmail: contacts.email })
    .from(deliveries)
    .leftJoin(contacts, and(eq(contacts.workspaceId, deliveries.workspaceId), eq(contacts.id, deliveries.contactId)))
    .where(and(eq(deliveries.workspaceId, workspaceId), eq(deliveries.status, "failed")))
    .orderBy(desc(deliveries.id))
    .limit(limit)
    .all();
  return rows.map((r) => ({ ...r.d, contactName: r.contactName, contactEmail: r.contactEmail }));
}

/** Email deliveries claimed for a contact but not yet sent: the daily cap counts them too. */
export async function queuedEmailsFor(db: Db, workspaceId: number, contactId: string): Promise<number> {
  const row = await db
    .select({ n: count() })
    .from(deliveries)
    .where(and(eq(deliveries.workspaceId, workspaceId), eq(deliveries.contactId, contactId), eq(deliveries.channel, "email"), eq(deliveries.status, "queued")))
    .get();
  return row?.n ?? 0;
}

/**
 * Reserves the outbox row of an email before it is handed to send_email. A delivery's email has
 * one row at most (unique index, migration 0020), so a second consumer of the same delivery gets
 * undefined and sends nothing.
 */
export async function reserveOutboxEmail(db: Db, row: Omit<typeof emailOutbox.$inferInsert, "id">): Promise<OutboxEmail | undefined> {
  return db.insert(emailOutbox).values(row).onConflictDoNothing().returning().get();
}

export async function releaseOutboxEmail(db: Db, id: number): Promise<void> {
  await db.delete(emailOutbox).where(inArray(emailOutbox.id, [id])).run();
}
