import { and, eq, gt, lte, ne, sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import { onePerDb } from "./prepared.ts";
import { adminSessions } from "./schema.ts";

export type AdminSession = typeof adminSessions.$inferSelect;

const liveByHash = onePerDb((db) =>
  db
    .select()
    .from(adminSessions)
    .where(and(eq(adminSessions.tokenHash, sql.placeholder("tokenHash")), gt(adminSessions.expiresAt, sql.placeholder("now"))))
    .prepare(),
);

export async function liveSessionByHash(db: Db, tokenHash: string, now: number): Promise<AdminSession | undefined> {
  return liveByHash(db).get({ tokenHash, now });
}

export async function insertSession(db: Db, row: AdminSession): Promise<void> {
  await db.batch([
    db.delete(adminSessions).where(and(eq(adminSessions.adminId, row.adminId), lte(adminSessions.expiresAt, row.createdAt))),
    db.insert(adminSessions).values(row),
  ]);
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(adminSessions).where(eq(adminSessions.tokenHash, tokenHash)).run();
}

/** "Sign out everywhere" and a password change: every session of the admin but `keep` ends. */
export async function deleteSessionsOf(db: Db, workspaceId: number, adminId: number, keep?: string): Promise<void> {
  const scope = and(eq(adminSessions.workspaceId, workspaceId), eq(adminSessions.adminId, adminId));
  await db.delete(adminSessions).where(keep ? and(scope, ne(adminSessions.tokenHash, keep)) : scope).run();
}
