import { and, desc, eq, gt } from "drizzle-orm";
import type { Db } from "./client.ts";
import { helpArticleCounters } from "./schema.ts";

/** Article ids by views, most viewed first, for the messenger's Help space. */
export async function mostViewedArticleIds(db: Db, workspaceId: number, limit: number): Promise<string[]> {
  const rows = await db
    .select({ articleId: helpArticleCounters.articleId })
    .from(helpArticleCounters)
    .where(and(eq(helpArticleCounters.workspaceId, workspaceId), gt(helpArticleCounters.views, 0)))
    .orderBy(desc(helpArticleCounters.views), helpArticleCounters.articleId)
    .limit(limit)
    .all();
  return rows.map((r) => r.articleId);
}
