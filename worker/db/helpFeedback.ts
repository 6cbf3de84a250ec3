// Writes from the public help center: views, "Talk to us" clicks, reactions and missed searches.
// Every write is an upsert on the natural key, so retries and repeats stay one row.
import { sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import { helpArticleCounters, helpMissedSearches, helpReactions } from "./schema.ts";

export type HelpReaction = "sad" | "neutral" | "happy";

export async function countArticleEvent(db: Db, workspaceId: number, articleId: string, what: "views" | "talkToUs"): Promise<void> {
  const column = what === "views" ? helpArticleCounters.views : helpArticleCounters.talkToUs;
  await db
    .insert(helpArticleCounters)
    .values({ workspaceId, articleId, views: what === "views" ? 1 : 0, talkToUs: what === "talkToUs" ? 1 : 0 })
    .onConflictDoUpdate({ target: [helpArticleCounters.workspaceId, helpArticleCounters.articleId], set: { [what]: sql`${column} + 1` } })
    .run();
}

export async function setReaction(db: Db, row: { workspaceId: number; articleId: string; visitorHash: string; reaction: HelpReaction; at: number }): Promise<void> {
  await db
    .insert(helpReactions)
    .values({ workspaceId: row.workspaceId, articleId: row.articleId, visitorHash: row.visitorHash, reaction: row.reaction, updatedAt: row.at })
    .onConflictDoUpdate({
      target: [helpReactions.workspaceId, helpReactions.articleId, helpReactions.visitorHash],
      set: { reaction: row.reaction, updatedAt: row.at },
    })
    .run();
}

export async function countMissedSearch(db: Db, workspaceId: number, query: string, at: number): Promise<void> {
  await db
    .insert(helpMissedSearches)
    .values({ workspaceId, query, count: 1, lastSearchedAt: at })
    .onConflictDoUpdate({
      target: [helpMissedSearches.workspaceId, helpMissedSearches.query],
      set: { count: sql`${helpMissedSearches.count} + 1`, lastSearchedAt: at },
    })
    .run();
}
