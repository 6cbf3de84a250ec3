import { sql } from "drizzle-orm";
import type { Db } from "./client.ts";

// Saved replies of a workspace (migration 0016). `actions` is stored as JSON text and validated by
// the caller on the way in and out.
export interface SavedReplyRow {
  id: number;
  name: string;
  body: string;
  actions: string;
  createdAt: number;
  updatedAt: number;
}

const COLUMNS = sql`id, name, body, actions, created_at AS createdAt, updated_at AS updatedAt`;

export async function savedRepliesOf(db: Db, workspaceId: number): Promise<SavedReplyRow[]> {
  return db.all<SavedReplyRow>(sql`SELECT ${COLUMNS} FROM saved_replies WHERE workspace_id = ${workspaceId} ORDER BY name COLLATE NOCASE, id`);
}

export async function countSavedReplies(db: Db, workspaceId: number): Promise<number> {
  const [row] = await db.all<{ n: number }>(sql`SELECT count(*) AS n FROM saved_replies WHERE workspace_id = ${workspaceId}`);
  return row?.n ?? 0;
}

export interface SavedReplyFields {
  name: string;
  body: string;
  actions: string;
}

export async function insertSavedReply(db: Db, workspaceId: number, adminId: number, fields: SavedReplyFields, now: number): Promise<SavedReplyRow | undefined> {
  const [row] = await db.all<SavedReplyRow>(sql`
    INSERT INTO saved_replies (workspace_id, name, body, actions, created_by, created_at, updated_at)
    VALUES (${workspaceId}, ${fields.name}, ${fields.body}, ${fields.actions}, ${adminId}, ${now}, ${now})
    RETURNING ${COLUMNS}`);
  return row;
}

export async function updateSavedReply(db: Db, workspaceId: number, id: number, fields: SavedReplyFields, now: number): Promise<SavedReplyRow | undefined> {
  const [row] = await db.all<SavedReplyRow>(sql`
    UPDATE saved_replies SET name = ${fields.name}, body = ${fields.body}, actions = ${fields.actions}, updated_at = ${now}
    WHERE workspace_id = ${workspaceId} AND id = ${id}
    RETURNING ${COLUMNS}`);
  return row;
}

export async function deleteSavedReply(db: Db, workspaceId: number, id: number): Promise<boolean> {
  const rows = await db.all<{ id: number }>(sql`DELETE FROM saved_replies WHERE workspace_id = ${workspaceId} AND id = ${id} RETURNING id`);
  return rows.length > 0;
}
