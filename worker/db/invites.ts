import { and, desc, eq, gt, isNull, like } from "drizzle-orm";
import type { Db } from "./client.ts";
import { adminInvites } from "./schema.ts";

export type AdminInvite = typeof adminInvites.$inferSelect;

export async function invitesOf(db: Db, workspaceId: number): Promise<AdminInvite[]> {
  return db.select().from(adminInvites).where(eq(adminInvites.workspaceId, workspaceId)).orderBy(desc(adminInvites.createdAt)).all();
}

export async function insertInvite(db: Db, row: Omit<AdminInvite, "acceptedAt">): Promise<AdminInvite> {
  return db.insert(adminInvites).values(row).returning().get();
}

/** The invite token identifies the workspace, so this lookup is necessarily global. */
export async function openInviteByHash(db: Db, tokenHash: string, now: number): Promise<AdminInvite | undefined> {
  return db
    .select()
    .from(adminInvites)
    .where(and(eq(adminInvites.tokenHash, tokenHash), isNull(adminInvites.acceptedAt), gt(adminInvites.expiresAt, now)))
    .get();
}

/** Marks the invite used; false when another request used it first (one-time tokens). */
export async function claimInvite(db: Db, tokenHash: string, now: number): Promise<boolean> {
  const rows = await db
    .update(adminInvites)
    .set({ acceptedAt: now })
    .where(and(eq(adminInvites.tokenHash, tokenHash), isNull(adminInvites.acceptedAt), gt(adminInvites.expiresAt, now)))
    .returning({ tokenHash: adminInvites.tokenHash })
    .all();
  return rows.length > 0;
}

/** Revokes an unused invite by the id the admin app shows (the first 16 hex digits of its hash). */
export async function revokeInvite(db: Db, workspaceId: number, idPrefix: string): Promise<boolean> {
  if (!/^[0-9a-f]{16}$/.test(idPrefix)) return false;
  const rows = await db
    .delete(adminInvites)
    .where(and(eq(adminInvites.workspaceId, workspaceId), like(adminInvites.tokenHash, `${idPrefix}%`), isNull(adminInvites.acceptedAt)))
    .returning({ tokenHash: adminInvites.tokenHash })
    .all();
  return rows.length > 0;
}
