import { and, eq, gt, lte } from "drizzle-orm";
import type { Db } from "./client.ts";
import { loginFailures } from "./schema.ts";

export async function recentFailureTimes(db: Db, keyHash: string, since: number): Promise<number[]> {
  const rows = await db
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(and(eq(loginFailures.keyHash, keyHash), gt(loginFailures.at, since)))
    .all();
  return rows.map((r) => r.at);
}

export async function recordFailure(db: Db, keyHash: string, at: number, forgetBefore: number): Promise<void> {
  await db.batch([
    db.delete(loginFailures).where(and(eq(loginFailures.keyHash, keyHash), lte(loginFailures.at, forgetBefore))),
    db.insert(loginFailures).values({ keyHash, at }),
  ]);
}

export async function clearFailures(db: Db, keyHash: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.keyHash, keyHash)).run();
}
