import { and, desc, eq, inArray, lt, or } from "drizzle-orm";
import type { Db } from "./client.ts";
import { webhookDeliveries, webhookSubscriptions, type WebhookDelivery, type WebhookSubscription } from "./webhookSchema.ts";

export type NewWebhookDelivery = typeof webhookDeliveries.$inferInsert;

/** A claim older than this is a consumer that died mid-send: its message came back, so it may try again. */
const STALE_CLAIM_SECONDS = 60;
export const MAX_DELIVERIES_LISTED = 50;

export async function insertSubscription(db: Db, row: Omit<WebhookSubscription, "id">): Promise<WebhookSubscription> {
  return db.insert(webhookSubscriptions).values(row).returning().get();
}

export async function subscriptionsOf(db: Db, workspaceId: number): Promise<WebhookSubscription[]> {
  return db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.workspaceId, workspaceId)).orderBy(webhookSubscriptions.id).all();
}

export async function subscriptionById(db: Db, workspaceId: number, id: number): Promise<WebhookSubscription | undefined> {
  return db.select().from(webhookSubscriptions).where(and(eq(webhookSubscriptions.workspaceId, workspaceId), eq(webhookSubscriptions.id, id))).get();
}

export async function deleteSubscription(db: Db, workspaceId: number, id: number): Promise<boolean> {
  const gone = await db.delete(webhookSubscriptions).where(and(eq(webhookSubscriptions.workspaceId, workspaceId), eq(webhookSubscriptions.id, id))).returning({ id: webhookSubscriptions.id }).all();
  return gone.length > 0;
}

export async function setSubscriptionSecret(db: Db, workspaceId: number, id: number, secret: string, now: number): Promise<WebhookSubscription | undefined> {
  return db
    .update(webhookSubscriptions)
    .set({ secret, updatedAt: now })
    .where(and(eq(webhookSubscriptions.workspaceId, workspaceId), eq(webhookSubscriptions.id, id)))
    .returning()
    .get();
}

/** Every topic some subscription of the workspace takes: what the emitters cache. */
export async function topicsOf(db: Db, workspaceId: number): Promise<Set<string>> {
  const rows = await db.select({ topics: webhookSubscriptions.topics }).from(webhookSubscriptions).where(eq(webhookSubscriptions.workspaceId, workspaceId)).all();
  return new Set(rows.flatMap((r) => r.topics));
}

/** A notification already recorded for a subscription is left as it is. */
export async function insertDeliveries(db: Db, rows: NewWebhookDelivery[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(webhookDeliveries).values(rows).onConflictDoNothing().run();
}

/** Ids of one notification's deliveries that no attempt has taken yet. */
export async function pendingDeliveriesOf(db: Db, workspaceId: number, notificationId: string): Promise<number[]> {
  const rows = await db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.workspaceId, workspaceId), eq(webhookDeliveries.notificationId, notificationId), eq(webhookDeliveries.status, "pending")))
    .all();
  return rows.map((r) => r.id);
}

/**
 * Takes one attempt: only one consumer at a time sends a delivery, and a delivered or failed one
 * is never sent by a repeated queue message. The attempt count rises here, before the send.
 */
export async function claimDelivery(db: Db, id: number, now: number): Promise<WebhookDelivery | undefined> {
  const open = inArray(webhookDeliveries.status, ["pending", "retrying"]);
  const stale = and(eq(webhookDeliveries.status, "sending"), lt(webhookDeliveries.lastAttemptAt, now - STALE_CLAIM_SECONDS));
  const current = await db.select({ attempts: webhookDeliveries.attempts, firstSentAt: webhookDeliveries.firstSentAt }).from(webhookDeliveries).where(eq(webhookDeliveries.id, id)).get();
  if (!current) return undefined;
  return db
    .update(webhookDeliveries)
    .set({ status: "sending", attempts: current.attempts + 1, lastAttemptAt: now, firstSentAt: current.firstSentAt ?? now })
    .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.attempts, current.attempts), or(open, stale)))
    .returning()
    .get();
}

export async function recordAttempt(
  db: Db,
  id: number,
  outcome: Pick<WebhookDelivery, "status" | "responseStatus" | "latencyMs" | "responseExcerpt">,
): Promise<void> {
  await db.update(webhookDeliveries).set(outcome).where(eq(webhookDeliveries.id, id)).run();
}

export async function deliveriesOf(db: Db, workspaceId: number, subscriptionId: number, limit = MAX_DELIVERIES_LISTED): Promise<WebhookDelivery[]> {
  return db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.workspaceId, workspaceId), eq(webhookDeliveries.subscriptionId, subscriptionId)))
    .orderBy(desc(webhookDeliveries.id))
    .limit(limit)
    .all();
}

/** Redelivery by hand: any delivery not being sent right now goes back to the queue's care. */
export async function reopenDelivery(db: Db, workspaceId: number, subscriptionId: number, id: number): Promise<WebhookDelivery | undefined> {
  return db
    .update(webhookDeliveries)
    .set({ status: "retrying" })
    .where(
      and(
        eq(webhookDeliveries.workspaceId, workspaceId),
        eq(webhookDeliveries.subscriptionId, subscriptionId),
        eq(webhookDeliveries.id, id),
        inArray(webhookDeliveries.status, ["pending", "retrying", "delivered", "failed"]),
      ),
    )
    .returning()
    .get();
}
