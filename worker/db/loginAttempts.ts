// Sign-in attempts, written before the password is checked (issue 12, item 7): a row per attempt
// and key in login_failures; a right password takes its rows back, so what stays are failures.
import { and, eq, gt, inArray, lte } from "drizzle-orm";
import type { Db } from "./client.ts";
import { loginFailures } from "./schema.ts";

export interface RecordedAttempt {
  id: number;
  /** Times of the key's attempts inside the window, this one included. */
  times: number[];
}

/** One transaction: forget rows older than the window, add this attempt, read the window back. */
export async function recordAttempt(db: Db, keyHash: string, at: number, windowStart: number): Promise<RecordedAttempt> {
  const [, inserted, rows] = await db.batch([
    db.delete(loginFailures).where(and(eq(loginFailures.keyHash, keyHash), lte(loginFailures.at, windowStart))),
    db.insert(loginFailures).values({ keyHash, at }).returning({ id: loginFailures.id }),
    db.select({ at: loginFailures.at }).from(loginFailures).where(and(eq(loginFailures.keyHash, keyHash), gt(loginFailures.at, windowStart))),
  ]);
  return { id: inserted[0]?.id ?? 0, times: rows.map((r) => r.at) };
}

export async function forgetAttempts(db: Db, ids: readonly number[]): Promise<void> {
  if (ids.length > 0) await db.delete(loginFailures).where(inArray(loginFailures.id, [...ids])).run();
}

export async function forgetKey(db: Db, keyHash: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.keyHash, keyHash)).run();
}
