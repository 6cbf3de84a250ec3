import { sql } from "drizzle-orm";
import type { Db } from "./client.ts";

// Inbox reports, computed by SQLite over the conversations' list fields. They count only
// conversations the contact started or replied to (contact_replied_at set), from the contact's
// first message: an unanswered auto message or campaign is not work the team had.
export interface DayCount {
  date: string;
  opened: number;
  closed: number;
}

export async function conversationsPerDay(db: Db, workspaceId: number, since: number): Promise<DayCount[]> {
  const rows = await db.all<{ date: string; opened: number; closed: number }>(sql`
    WITH days AS (
      SELECT date(contact_replied_at, 'unixepoch') AS date, 1 AS opened, 0 AS closed FROM conversations
      WHERE workspace_id = ${workspaceId} AND contact_replied_at >= ${since}
      UNION ALL
      SELECT date(closed_at, 'unixepoch'), 0, 1 FROM conversations
      WHERE workspace_id = ${workspaceId} AND closed_at >= ${since} AND contact_replied_at IS NOT NULL
    )
    SELECT date, sum(opened) AS opened, sum(closed) AS closed FROM days GROUP BY date ORDER BY date`);
  return rows;
}

/**
 * Median seconds from the contact's first message to `column`, per team (null team = all). An
 * admin's message before the contact wrote (the outbound message itself) is no response to them.
 */
async function median(db: Db, workspaceId: number, since: number, column: "first_admin_reply_at" | "closed_at", teamId: number | null): Promise<number | null> {
  const team = teamId === null ? sql`1` : sql`team_assignee_id = ${teamId}`;
  const [row] = await db.all<{ v: number | null }>(sql`
    WITH v AS (
      SELECT ${sql.raw(column)} - contact_replied_at AS s FROM conversations
      WHERE workspace_id = ${workspaceId} AND contact_replied_at >= ${since} AND ${sql.raw(column)} >= contact_replied_at AND ${team}
    )
    SELECT (SELECT s FROM v ORDER BY s LIMIT 1 OFFSET (SELECT (count(*) - 1) / 2 FROM v)) AS v`);
  return row?.v ?? null;
}

export const medianFirstResponse = (db: Db, ws: number, since: number, teamId: number | null = null) => median(db, ws, since, "first_admin_reply_at", teamId);
export const medianTimeToClose = (db: Db, ws: number, since: number, teamId: number | null = null) => median(db, ws, since, "closed_at", teamId);

export async function countsPerTeam(db: Db, workspaceId: number, since: number): Promise<{ teamId: number; opened: number; closed: number }[]> {
  return db.all<{ teamId: number; opened: number; closed: number }>(sql`
    SELECT team_assignee_id AS teamId, count(*) AS opened, sum(closed_at IS NOT NULL) AS closed
    FROM conversations WHERE workspace_id = ${workspaceId} AND contact_replied_at >= ${since} AND team_assignee_id IS NOT NULL
    GROUP BY team_assignee_id`);
}
