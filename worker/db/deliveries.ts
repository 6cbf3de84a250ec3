import { and, asc, desc, eq, gt, isNull, type SQL } from "drizzle-orm";
import type { Db } from "./client.ts";
import { deliveries, emailOutbox, manualMessages, type Delivery, type ManualMessage, type OutboxEmail } from "./schema.ts";

export type DeliveryClaim = Omit<typeof deliveries.$inferInsert, "id" | "conversationId">;

/**
 * Claims the right to send: the row is inserted unless one of the partial unique indexes already
 * holds it. Only the caller that gets a row back may send, so repeated or concurrent runs cannot
 * both deliver the same message to the same contact.
 */
export async function claimDelivery(db: Db, claim: DeliveryClaim): Promise<Delivery | undefined> {
  return db.insert(deliveries).values(claim).onConflictDoNothing().returning().get();
}

export async function setDeliveryConversation(db: Db, workspaceId: number, id: number, conversationId: number): Promise<void> {
  await db.update(deliveries).set({ conversationId }).where(and(eq(deliveries.workspaceId, workspaceId), eq(deliveries.id, id))).run();
}

export interface DeliveryFilter {
  contactId?: string;
  autoMessageId?: number;
  campaignId?: number;
  manualMessageId?: number;
  after?: number;
  limit: number;
}

export async function deliveriesOf(db: Db, workspaceId: number, f: DeliveryFilter): Promise<Delivery[]> {
  const conditions: (SQL | undefined)[] = [
    eq(deliveries.workspaceId, workspaceId),
    f.contactId === undefined ? undefined : eq(deliveries.contactId, f.contactId),
    f.autoMessageId === undefined ? undefined : eq(deliveries.autoMessageId, f.autoMessageId),
    f.campaignId === undefined ? undefined : eq(deliveries.campaignId, f.campaignId),
    f.manualMessageId === undefined ? undefined : eq(deliveries.manualMessageId, f.manualMessageId),
    f.after === undefined ? undefined : gt(deliveries.id, f.after),
  ];
  return db.select().from(deliveries).where(and(...conditions)).orderBy(asc(deliveries.id)).limit(f.limit).all();
}

export async function insertManualMessage(db: Db, row: typeof manualMessages.$inferInsert): Promise<ManualMessage> {
  return db.insert(manualMessages).values(row).returning().get();
}

export async function recordOutboxEmail(db: Db, row: Omit<typeof emailOutbox.$inferInsert, "id">): Promise<OutboxEmail> {
  return db.insert(emailOutbox).values(row).returning().get();
}

export async function outboxOf(db: Db, workspaceId: number, limit: number): Promise<OutboxEmail[]> {
  return db.select().from(emailOutbox).where(eq(emailOutbox.workspaceId, workspaceId)).orderBy(desc(emailOutbox.id)).limit(limit).all();
}

/** Manual messages the engage runner has not finished sending, oldest first. */
export async function unfinishedManualMessages(db: Db, workspaceId: number): Promise<ManualMessage[]> {
  return db
    .select()
    .from(manualMessages)
    .where(and(eq(manualMessages.workspaceId, workspaceId), isNull(manualMessages.finishedAt)))
    .orderBy(asc(manualMessages.id))
    .all();
}

export async function setManualProgress(db: Db, id: number, progress: { sendCursor: string | null; finishedAt: number | null }): Promise<void> {
  await db.update(manualMessages).set(progress).where(eq(manualMessages.id, id)).run();
}
