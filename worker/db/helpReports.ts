// Reads for the admin app's help-center reports.
import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import { helpArticleCounters, helpMissedSearches, helpReactions } from "./schema.ts";

export interface ArticleStatsRow {
  articleId: string;
  views: number;
  talkToUs: number;
  happy: number;
  neutral: number;
  sad: number;
}

export async function articleStats(db: Db, workspaceId: number): Promise<ArticleStatsRow[]> {
  const [counters, reactions] = await Promise.all([
    db.select().from(helpArticleCounters).where(eq(helpArticleCounters.workspaceId, workspaceId)).all(),
    db
      .select({ articleId: helpReactions.articleId, reaction: helpReactions.reaction, count: sql<number>`count(*)` })
      .from(helpReactions)
      .where(eq(helpReactions.workspaceId, workspaceId))
      .groupBy(helpReactions.articleId, helpReactions.reaction)
      .all(),
  ]);
  const rows = new Map<string, ArticleStatsRow>();
  const rowOf = (articleId: string) => {
    let row = rows.get(articleId);
    if (!row) rows.set(articleId, (row = { articleId, views: 0, talkToUs: 0, happy: 0, neutral: 0, sad: 0 }));
    return row;
  };
  for (const c of counters) Object.assign(rowOf(c.articleId), { views: c.views, talkToUs: c.talkToUs });
  for (const r of reactions) rowOf(r.articleId)[r.reaction] = Number(r.count);
  return [...rows.values()];
}

export async function missedSearches(db: Db, workspaceId: number, limit: number) {
  return db
    .select({ query: helpMissedSearches.query, count: helpMissedSearches.count, lastSearchedAt: helpMissedSearches.lastSearchedAt })
    .from(helpMissedSearches)
    .where(eq(helpMissedSearches.workspaceId, workspaceId))
    .orderBy(desc(helpMissedSearches.count), desc(helpMissedSearches.lastSearchedAt))
    .limit(limit)
    .all();
}
