import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import { onePerDb } from "./prepared.ts";
import { adminSessions, admins, apiTokens, teamMembers, workspaces, type Admin, type Workspace } from "./schema.ts";

// Disabled admins are offboarded: every lookup but the owner's team screen behaves as if they were gone.
const active = isNull(admins.disabledAt);

export async function adminsOf(db: Db, workspaceId: number): Promise<Admin[]> {
  return db.select().from(admins).where(and(eq(admins.workspaceId, workspaceId), active)).orderBy(asc(admins.id)).all();
}

const byId = onePerDb((db) =>
  db
    .select()
    .from(admins)
    .where(and(eq(admins.workspaceId, sql.placeholder("workspaceId")), eq(admins.id, sql.placeholder("id")), active))
    .prepare(),
);

export async function adminById(db: Db, workspaceId: number, id: number): Promise<Admin | undefined> {
  return byId(db).get({ workspaceId, id });
}

/** The owner's team screen: disabled admins included, so they can be enabled again. */
export async function everyAdminOf(db: Db, workspaceId: number): Promise<Admin[]> {
  return db.select().from(admins).where(eq(admins.workspaceId, workspaceId)).orderBy(asc(admins.id)).all();
}

export async function anyAdminById(db: Db, workspaceId: number, id: number): Promise<Admin | undefined> {
  return db.select().from(admins).where(and(eq(admins.workspaceId, workspaceId), eq(admins.id, id))).get();
}

/** Disabling ends the admin's sessions and revokes their API tokens in the same transaction. */
export async function setAdminDisabled(db: Db, workspaceId: number, id: number, disabledAt: number | null): Promise<void> {
  const scope = and(eq(admins.workspaceId, workspaceId), eq(admins.id, id));
  if (disabledAt === null) {
    await db.update(admins).set({ disabledAt: null }).where(scope).run();
    return;
  }
  await db.batch([
    db.update(admins).set({ disabledAt }).where(scope),
    db.delete(adminSessions).where(and(eq(adminSessions.workspaceId, workspaceId), eq(adminSessions.adminId, id))),
    db.update(apiTokens).set({ revokedAt: disabledAt }).where(and(eq(apiTokens.workspaceId, workspaceId), eq(apiTokens.adminId, id), isNull(apiTokens.revokedAt))),
  ]);
}

/** Sessions, tokens, team places and invites sent go with the row (ON DELETE CASCADE). */
export async function deleteAdmin(db: Db, workspaceId: number, id: number): Promise<void> {
  await db.delete(admins).where(and(eq(admins.workspaceId, workspaceId), eq(admins.id, id))).run();
}

export async function setAdminPassword(db: Db, workspaceId: number, id: number, passwordHash: string): Promise<void> {
  await db.update(admins).set({ passwordHash }).where(and(eq(admins.workspaceId, workspaceId), eq(admins.id, id))).run();
}

/** Sign-in happens before a workspace is known, so this one lookup spans workspaces by design. */
export async function adminsByEmailForLogin(db: Db, email: string): Promise<{ admin: Admin; workspace: Workspace }[]> {
  return db
    .select({ admin: admins, workspace: workspaces })
    .from(admins)
    .innerJoin(workspaces, eq(workspaces.id, admins.workspaceId))
    .where(and(eq(admins.email, email), active))
    .all();
}

export async function adminByEmail(db: Db, workspaceId: number, email: string): Promise<Admin | undefined> {
  return db.select().from(admins).where(and(eq(admins.workspaceId, workspaceId), eq(admins.email, email))).get();
}

export async function insertAdmin(
  db: Db,
  row: { workspaceId: number; email: string; name: string; passwordHash: string; role: "owner" | "admin"; createdAt: number },
): Promise<Admin> {
  return db.insert(admins).values(row).returning().get();
}

/** team ids per admin id, for the admin objects' `team_ids`. */
export async function teamIdsByAdmin(db: Db, workspaceId: number): Promise<Map<number, number[]>> {
  const rows = await db
    .select({ adminId: teamMembers.adminId, teamId: teamMembers.teamId })
    .from(teamMembers)
    .where(eq(teamMembers.workspaceId, workspaceId))
    .orderBy(asc(teamMembers.teamId))
    .all();
  const byAdmin = new Map<number, number[]>();
  for (const { adminId, teamId } of rows) byAdmin.set(adminId, [...(byAdmin.get(adminId) ?? []), teamId]);
  return byAdmin;
}

export async function setAdminAway(db: Db, workspaceId: number, id: number, away: boolean): Promise<void> {
  await db.update(admins).set({ away }).where(and(eq(admins.workspaceId, workspaceId), eq(admins.id, id))).run();
}
