import { and, eq, gt, lte } from "drizzle-orm";
import type { Db } from "./client.ts";
import { adminSessions } from "./schema.ts";

export type AdminSession = typeof adminSessions.$inferSelect;

export async function liveSessionByHash(db: Db, tokenHash: string, now: number): Promise<AdminSession | undefined> {
  return db.select().from(adminSessions).where(and(eq(adminSessions.tokenHash, tokenHash), gt(adminSessions.expiresAt, now))).get();
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
