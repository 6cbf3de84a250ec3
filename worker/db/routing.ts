import { and, asc, count, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "./client.ts";
import { conversations, routingRules, teamMembers } from "./schema.ts";

export type RoutingRuleRow = typeof routingRules.$inferSelect;

export async function routingRulesOf(db: Db, workspaceId: number): Promise<RoutingRuleRow[]> {
  return db.select().from(routingRules).where(eq(routingRules.workspaceId, workspaceId)).orderBy(asc(routingRules.position), asc(routingRules.id)).all();
}

/** Replaces the whole ordered list in one batch, as the editor saves it. */
export async function replaceRoutingRules(db: Db, workspaceId: number, rows: Omit<RoutingRuleRow, "id" | "workspaceId">[]): Promise<void> {
  await db.batch([
    db.delete(routingRules).where(eq(routingRules.workspaceId, workspaceId)),
    ...rows.map((row) => db.insert(routingRules).values({ ...row, workspaceId })),
  ]);
}

export async function openCountsByAdmin(db: Db, workspaceId: number): Promise<Map<number, number>> {
  const rows = await db
    .select({ adminId: conversations.adminAssigneeId, n: count() })
    .from(conversations)
    .where(and(eq(conversations.workspaceId, workspaceId), eq(conversations.state, "open"), isNotNull(conversations.adminAssigneeId)))
    .groupBy(conversations.adminAssigneeId)
    .all();
  return new Map(rows.flatMap((r) => (r.adminId === null ? [] : [[r.adminId, r.n] as const])));
}

/** Open conversations waiting in a team's queue, oldest first. */
export async function teamQueue(db: Db, workspaceId: number, teamId: number, limit = 50): Promise<number[]> {
  const rows = await db
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.workspaceId, workspaceId), eq(conversations.teamAssigneeId, teamId), isNull(conversations.adminAssigneeId), eq(conversations.state, "open")))
    .orderBy(asc(conversations.createdAt), asc(conversations.id))
    .limit(limit)
    .all();
  return rows.map((r) => r.id);
}

export async function membersOfTeams(db: Db, workspaceId: number, teamIds: number[]): Promise<Map<number, number[]>> {
  if (teamIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(teamMembers)
    .where(and(eq(teamMembers.workspaceId, workspaceId), inArray(teamMembers.teamId, teamIds)))
    .all();
  const byTeam = new Map<number, number[]>();
  for (const r of rows) byTeam.set(r.teamId, [...(byTeam.get(r.teamId) ?? []), r.adminId]);
  return byTeam;
}
