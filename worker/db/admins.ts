import { and, asc, eq } from "drizzle-orm";
import type { Db } from "./client.ts";
import { admins, teamMembers, workspaces, type Admin, type Workspace } from "./schema.ts";

export async function adminsOf(db: Db, workspaceId: number): Promise<Admin[]> {
  return db.select().from(admins).where(eq(admins.workspaceId, workspaceId)).orderBy(asc(admins.id)).all();
}

export async function adminById(db: Db, workspaceId: number, id: number): Promise<Admin | undefined> {
  return db.select().from(admins).where(and(eq(admins.workspaceId, workspaceId), eq(admins.id, id))).get();
}

/** Sign-in happens before a workspace is known, so this one lookup spans workspaces by design. */
export async function adminsByEmailForLogin(db: Db, email: string): Promise<{ admin: Admin; workspace: Workspace }[]> {
  return db
    .select({ admin: admins, workspace: workspaces })
    .from(admins)
    .innerJoin(workspaces, eq(workspaces.id, admins.workspaceId))
    .where(eq(admins.email, email))
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
