// Hit counters per client address and window for the one rate limiter (worker/http/addressLimit.ts).
import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import { helpRateWindows } from "./schema.ts";

/** Counts one hit in the window and returns the window's total, this hit included. */
export async function hitRateWindow(db: Db, workspaceId: number, keyHash: string, windowStart: number): Promise<number> {
  const [row] = await db
    .insert(helpRateWindows)
    .values({ workspaceId, keyHash, windowStart, hits: 1 })
    .onConflictDoUpdate({
      target: [helpRateWindows.workspaceId, helpRateWindows.keyHash, helpRateWindows.windowStart],
      set: { hits: sql`${helpRateWindows.hits} + 1` },
    })
    .returning({ hits: helpRateWindows.hits })
    .all();
  return row?.hits ?? 1;
}

/** Past windows are useless and hold address hashes: drop them. */
export async function forgetRateWindowsBefore(db: Db, workspaceId: number, windowStart: number): Promise<void> {
  await db.delete(helpRateWindows).where(and(eq(helpRateWindows.workspaceId, workspaceId), lt(helpRateWindows.windowStart, windowStart))).run();
}
