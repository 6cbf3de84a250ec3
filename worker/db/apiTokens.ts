import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "./client.ts";
import { apiTokens } from "./schema.ts";

export type ApiToken = typeof apiTokens.$inferSelect;

/** The token's hash is what identifies the workspace, so this lookup is necessarily global. */
export async function liveTokenByHash(db: Db, tokenHash: string): Promise<ApiToken | undefined> {
  return db.select().from(apiTokens).where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt))).get();
}

export async function tokensOf(db: Db, workspaceId: number): Promise<ApiToken[]> {
  return db.select().from(apiTokens).where(eq(apiTokens.workspaceId, workspaceId)).orderBy(desc(apiTokens.id)).all();
}

export async function insertToken(
  db: Db,
  row: { workspaceId: number; adminId: number; name: string; tokenHash: string; tokenHint: string; createdAt: number },
): Promise<ApiToken> {
  return db.insert(apiTokens).values(row).returning().get();
}

export async function revokeToken(db: Db, workspaceId: number, id: number, now: number): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.workspaceId, workspaceId), eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id })
    .all();
  return rows.length > 0;
}

export async function touchToken(db: Db, workspaceId: number, id: number, now: number): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: now }).where(and(eq(apiTokens.workspaceId, workspaceId), eq(apiTokens.id, id))).run();
}
