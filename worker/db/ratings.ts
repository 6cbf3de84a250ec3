import { and, count, eq, gte, inArray, sql, sum } from "drizzle-orm";
import type { Db } from "./client.ts";
import { isUniqueViolation } from "./client.ts";
import { conversationRatings } from "./replySchema.ts";

// Conversation ratings: one row per conversation, written once by its contact.
export interface RatingRow {
  conversationId: number;
  rating: number;
  remark: string | null;
  adminId: number | null;
  teamId: number | null;
  createdAt: number;
}

const COLUMNS = {
  conversationId: conversationRatings.conversationId,
  rating: conversationRatings.rating,
  remark: conversationRatings.remark,
  adminId: conversationRatings.adminId,
  teamId: conversationRatings.teamId,
  createdAt: conversationRatings.createdAt,
};

/** A page of conversations at most: D1 binds at most 100 parameters per statement. */
const MAX_IDS = 90;

export async function ratingOf(db: Db, workspaceId: number, conversationId: number): Promise<RatingRow | undefined> {
  const [row] = await db
    .select(COLUMNS)
    .from(conversationRatings)
    .where(and(eq(conversationRatings.workspaceId, workspaceId), eq(conversationRatings.conversationId, conversationId)));
  return row;
}

/** Ratings of several conversations by id (a page of a list), in slices under D1's parameter cap. */
export async function ratingsOf(db: Db, workspaceId: number, conversationIds: number[]): Promise<Map<number, RatingRow>> {
  const found = new Map<number, RatingRow>();
  for (let i = 0; i < conversationIds.length; i += MAX_IDS) {
    const slice = conversationIds.slice(i, i + MAX_IDS);
    const rows = await db
      .select(COLUMNS)
      .from(conversationRatings)
      .where(and(eq(conversationRatings.workspaceId, workspaceId), inArray(conversationRatings.conversationId, slice)));
    for (const row of rows) found.set(row.conversationId, row);
  }
  return found;
}

/** Stores the rating unless the conversation has one: false when it was rated before. */
export async function insertRating(db: Db, workspaceId: number, row: RatingRow): Promise<boolean> {
  try {
    await db.insert(conversationRatings).values({ ...row, workspaceId });
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
  const date = sql<string>`date(${conversationRatings.createdAt}, 'unixepoch')`;
  const rows = await db
    .select({ date, adminId: conversationRatings.adminId, teamId: conversationRatings.teamId, count: count(), total: sum(conversationRatings.rating).mapWith(Number) })
    .from(conversationRatings)
    .where(and(eq(conversationRatings.workspaceId, workspaceId), gte(conversationRatings.createdAt, since)))
    .groupBy(date, conversationRatings.adminId, conversationRatings.teamId)
    .orderBy(date);
  return rows.map((r) => ({ ...r, total: r.total ?? 0 }));
}
