import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import { savedReplies } from "./replySchema.ts";

// Saved replies of a workspace. `actions` is JSON text, validated by the caller on the way in and out.
export interface SavedReplyRow {
  id: number;
  name: string;
  body: string;
  actions: string;
  createdAt: number;
  updatedAt: number;
}

export interface SavedReplyFields {
  name: string;
  body: string;
  actions: string;
}

const COLUMNS = {
  id: savedReplies.id,
  name: savedReplies.name,
  body: savedReplies.body,
  actions: savedReplies.actions,
  createdAt: savedReplies.createdAt,
  updatedAt: savedReplies.updatedAt,
};

const one = (workspaceId: number, id: number) => and(eq(savedReplies.workspaceId, workspaceId), eq(savedReplies.id, id));

export async function savedRepliesOf(db: Db, workspaceId: number): Promise<SavedReplyRow[]> {
  return db
    .select(COLUMNS)
    .from(savedReplies)
    .where(eq(savedReplies.workspaceId, workspaceId))
    .orderBy(sql`${savedReplies.name} COLLATE NOCASE`, asc(savedReplies.id));
}

export async function countSavedReplies(db: Db, workspaceId: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(savedReplies).where(eq(savedReplies.workspaceId, workspaceId));
  return row?.n ?? 0;
}

export async function insertSavedReply(db: Db, workspaceId: number, adminId: number, fields: SavedReplyFields, now: number): Promise<SavedReplyRow | undefined> {
  const [row] = await db
    .insert(savedReplies)
    .values({ workspaceId, ...fields, createdBy: adminId, createdAt: now, updatedAt: now })
    .returning(COLUMNS);
  return row;
}

export async function updateSavedReply(db: Db, workspaceId: number, id: number, fields: SavedReplyFields, now: number): Promise<SavedReplyRow | undefined> {
  const [row] = await db.update(savedReplies).set({ ...fields, updatedAt: now }).where(one(workspaceId, id)).returning(COLUMNS);
  return row;
}

export async function deleteSavedReply(db: Db, workspaceId: number, id: number): Promise<boolean> {
  const rows = await db.delete(savedReplies).where(one(workspaceId, id)).returning({ id: savedReplies.id });
  return rows.length > 0;
}
