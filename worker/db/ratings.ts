import { sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import { isUniqueViolation } from "./client.ts";

// Conversation ratings (migration 0016): one row per conversation, written once by its contact.
export interface RatingRow {
  conversationId: number;
  rating: number;
  remark: string | null;
  adminId: number | null;
  teamId: number | null;
  createdAt: number;
}

const COLUMNS = sql`conversation_id AS conversationId, rating, remark, admin_id AS adminId, team_id AS teamId, created_at AS createdAt`;

export async function ratingOf(db: Db, workspaceId: number, conversationId: number): Promise<RatingRow | undefined> {
  const [row] = await db.all<RatingRow>(sql`SELECT ${COLUMNS} FROM conversation_ratings WHERE workspace_id = ${workspaceId} AND conversation_id = ${conversationId}`);
  return row;
}

/** Ratings of several conversations by id (a page of a list); one bound JSON array, whatever the count. */
export async function ratingsOf(db: Db, workspaceId: number, conversationIds: number[]): Promise<Map<number, RatingRow>> {
  if (conversationIds.length === 0) return new Map();
  const rows = await db.all<RatingRow>(sql`
    SELECT ${COLUMNS} FROM conversation_ratings
    WHERE workspace_id = ${workspaceId} AND conversation_id IN (SELECT value FROM json_each(${JSON.stringify(conversationIds)}))`);
  return new Map(rows.map((r) => [r.conversationId, r]));
}

/** Stores the rating unless the conversation has one: false when it was rated before. */
export async function insertRating(db: Db, workspaceId: number, row: RatingRow): Promise<boolean> {
  try {
    await db.run(sql`
      INSERT INTO conversation_ratings (conversation_id, workspace_id, rating, remark, admin_id, team_id, created_at)
      VALUES (${row.conversationId}, ${workspaceId}, ${row.rating}, ${row.remark}, ${row.adminId}, ${row.teamId}, ${row.createdAt})`);
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** One line per (day, admin, team) with ratings since `since`: what the reports aggregate. */
export interface RatingDayRow {
  date: string;
  adminId: number | null;
  teamId: number | null;
  count: number;
  total: number;
}

export async function ratingsPerDay(db: Db, workspaceId: number, since: number): Promise<RatingDayRow[]> {
  return db.all<RatingDayRow>(sql`
    SELECT date(created_at, 'unixepoch') AS date, admin_id AS adminId, team_id AS teamId, count(*) AS count, sum(rating) AS total
    FROM conversation_ratings WHERE workspace_id = ${workspaceId} AND created_at >= ${since}
    GROUP BY 1, 2, 3 ORDER BY 1`);
}
