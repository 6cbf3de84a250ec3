import { and, eq } from "drizzle-orm";
import { officeHours, type OfficeHours, type Schedules } from "../../shared/officeHours/types.ts";
import type { Db } from "./client.ts";
import { officeHoursRows } from "./schema.ts";

// The workspace's office hours (team 0) and teams' own, where they differ.
const WORKSPACE = 0;

function parsed(row: typeof officeHoursRows.$inferSelect): OfficeHours | null {
  const result = officeHours.safeParse({ timezone: row.timezone, intervals: row.intervals, reply_time: row.replyTime });
  return result.success ? result.data : null;
}

export async function officeHoursOf(db: Db, workspaceId: number, teamId: number | null): Promise<OfficeHours | null> {
  const row = await db
    .select()
    .from(officeHoursRows)
    .where(and(eq(officeHoursRows.workspaceId, workspaceId), eq(officeHoursRows.teamId, teamId ?? WORKSPACE)))
    .get();
  return row ? parsed(row) : null;
}

export async function schedulesOf(db: Db, workspaceId: number): Promise<Schedules> {
  const rows = await db.select().from(officeHoursRows).where(eq(officeHoursRows.workspaceId, workspaceId)).all();
  const schedules: Schedules = { workspace: null, teams: {} };
  for (const row of rows) {
    const hours = parsed(row);
    if (!hours) continue;
    if (row.teamId === WORKSPACE) schedules.workspace = hours;
    else schedules.teams[String(row.teamId)] = hours;
  }
  return schedules;
}

export async function saveOfficeHours(db: Db, workspaceId: number, teamId: number | null, hours: OfficeHours, now: number): Promise<void> {
  const values = { timezone: hours.timezone, intervals: hours.intervals, replyTime: hours.reply_time, updatedAt: now };
  await db
    .insert(officeHoursRows)
    .values({ workspaceId, teamId: teamId ?? WORKSPACE, ...values })
    .onConflictDoUpdate({ target: [officeHoursRows.workspaceId, officeHoursRows.teamId], set: values })
    .run();
}

export async function deleteOfficeHours(db: Db, workspaceId: number, teamId: number | null): Promise<void> {
  await db.delete(officeHoursRows).where(and(eq(officeHoursRows.workspaceId, workspaceId), eq(officeHoursRows.teamId, teamId ?? WORKSPACE))).run();
}
