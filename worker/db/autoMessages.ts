import { and, asc, count, desc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "./client.ts";
import { autoMessages, deliveries, type AutoMessage } from "./schema.ts";

export type NewAutoMessage = typeof autoMessages.$inferInsert;
export type AutoMessagePatch = Partial<Omit<NewAutoMessage, "id" | "workspaceId" | "createdAt">>;

export async function insertAutoMessage(db: Db, row: NewAutoMessage): Promise<AutoMessage> {
  return db.insert(autoMessages).values(row).returning().get();
}

export async function autoMessageById(db: Db, workspaceId: number, id: number): Promise<AutoMessage | undefined> {
  return db.select().from(autoMessages).where(and(eq(autoMessages.workspaceId, workspaceId), eq(autoMessages.id, id))).get();
}

export async function autoMessagesOf(db: Db, workspaceId: number): Promise<AutoMessage[]> {
  return db.select().from(autoMessages).where(eq(autoMessages.workspaceId, workspaceId)).orderBy(desc(autoMessages.id)).all();
}

export async function updateAutoMessage(db: Db, workspaceId: number, id: number, patch: AutoMessagePatch): Promise<AutoMessage | undefined> {
  return db.update(autoMessages).set(patch).where(and(eq(autoMessages.workspaceId, workspaceId), eq(autoMessages.id, id))).returning().get();
}

export async function deleteAutoMessage(db: Db, workspaceId: number, id: number): Promise<AutoMessage | undefined> {
  return db.delete(autoMessages).where(and(eq(autoMessages.workspaceId, workspaceId), eq(autoMessages.id, id))).returning().get();
}

/** Every live auto message of every workspace: what a scheduled run has to work through. */
export async function liveAutoMessages(db: Db, workspaceId?: number): Promise<AutoMessage[]> {
  const live = eq(autoMessages.state, "live");
  return db
    .select()
    .from(autoMessages)
    .where(workspaceId === undefined ? live : and(live, eq(autoMessages.workspaceId, workspaceId)))
    .orderBy(asc(autoMessages.id))
    .all();
}

/** Deliveries per auto message of a workspace, for the list's "sent" column. */
export async function autoMessageSentCounts(db: Db, workspaceId: number): Promise<Map<number, number>> {
  const rows = await db
    .select({ id: deliveries.autoMessageId, n: count() })
    .from(deliveries)
    .where(and(eq(deliveries.workspaceId, workspaceId), isNotNull(deliveries.autoMessageId)))
    .groupBy(deliveries.autoMessageId)
    .all();
  return new Map(rows.flatMap((r) => (r.id === null ? [] : [[r.id, r.n] as const])));
}
