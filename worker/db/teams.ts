import { and, asc, eq } from "drizzle-orm";
import type { Db } from "./client.ts";
import { teamMembers, teams, type Team } from "./schema.ts";

export interface TeamWithMembers extends Team {
  adminIds: number[];
}

export async function teamsOf(db: Db, workspaceId: number): Promise<TeamWithMembers[]> {
  const [rows, members] = await Promise.all([
    db.select().from(teams).where(eq(teams.workspaceId, workspaceId)).orderBy(asc(teams.id)).all(),
    db.select().from(teamMembers).where(eq(teamMembers.workspaceId, workspaceId)).orderBy(asc(teamMembers.adminId)).all(),
  ]);
  return rows.map((team) => ({
    ...team,
    adminIds: members.filter((m) => m.teamId === team.id).map((m) => m.adminId),
  }));
}

export async function teamById(db: Db, workspaceId: number, id: number): Promise<TeamWithMembers | undefined> {
  const team = await db.select().from(teams).where(and(eq(teams.workspaceId, workspaceId), eq(teams.id, id))).get();
  if (!team) return undefined;
  const members = await db
    .select({ adminId: teamMembers.adminId })
    .from(teamMembers)
    .where(and(eq(teamMembers.workspaceId, workspaceId), eq(teamMembers.teamId, id)))
    .orderBy(asc(teamMembers.adminId))
    .all();
  return { ...team, adminIds: members.map((m) => m.adminId) };
}

export async function insertTeam(db: Db, row: { workspaceId: number; name: string; createdAt: number }): Promise<Team> {
  return db.insert(teams).values(row).returning().get();
}

export async function addTeamMember(db: Db, row: { workspaceId: number; teamId: number; adminId: number }): Promise<void> {
  await db.insert(teamMembers).values(row).onConflictDoNothing().run();
}

export async function renameTeam(db: Db, workspaceId: number, id: number, name: string): Promise<boolean> {
  const rows = await db.update(teams).set({ name }).where(and(eq(teams.workspaceId, workspaceId), eq(teams.id, id))).returning({ id: teams.id }).all();
  return rows.length > 0;
}

export async function deleteTeam(db: Db, workspaceId: number, id: number): Promise<boolean> {
  const [, deleted] = await db.batch([
    db.delete(teamMembers).where(and(eq(teamMembers.workspaceId, workspaceId), eq(teamMembers.teamId, id))),
    db.delete(teams).where(and(eq(teams.workspaceId, workspaceId), eq(teams.id, id))).returning({ id: teams.id }),
  ]);
  return deleted.length > 0;
}

export async function removeTeamMember(db: Db, workspaceId: number, teamId: number, adminId: number): Promise<void> {
  await db.delete(teamMembers).where(and(eq(teamMembers.workspaceId, workspaceId), eq(teamMembers.teamId, teamId), eq(teamMembers.adminId, adminId))).run();
}
