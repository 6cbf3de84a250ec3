// One-time password-reset links (issue 17, item 14): rows hold the token's hash, never the token.
import { and, count, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "./client.ts";
import { passwordResets } from "./schema.ts";

export async function insertPasswordReset(db: Db, row: Omit<typeof passwordResets.$inferInsert, "id" | "usedAt">): Promise<void> {
  await db.insert(passwordResets).values(row).run();
}

/** Links sent to one admin since `since`, spent or not: the per-account budget. */
export async function resetsSentSince(db: Db, workspaceId: number, adminId: number, since: number): Promise<number> {
  const row = await db
    .select({ n: count() })
    .from(passwordResets)
    .where(and(eq(passwordResets.workspaceId, workspaceId), eq(passwordResets.adminId, adminId), gt(passwordResets.createdAt, since)))
    .get();
  return row?.n ?? 0;
}

/** Spends a live token in one statement, so two tabs racing with one link cannot both use it. */
export async function spendPasswordReset(db: Db, tokenHash: string, now: number): Promise<{ workspaceId: number; adminId: number } | undefined> {
  return db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(and(eq(passwordResets.tokenHash, tokenHash), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)))
    .returning({ workspaceId: passwordResets.workspaceId, adminId: passwordResets.adminId })
    .get();
}
