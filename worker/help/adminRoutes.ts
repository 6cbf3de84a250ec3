// The admin app's help-center reports: per-article views, reactions and "Talk to us" clicks for
// every published article, and the searches that found nothing. Session cookie only.
import { withSession } from "../http/guard.ts";
import { articleStats, missedSearches } from "../db/helpReports.ts";
import type { Handler } from "../http/context.ts";
import { published } from "./publishedContent.ts";

const MISSED_SHOWN = 200;

export const helpArticleReport: Handler = async (request, c) => {
  const { principal } = await withSession(request, c);
  const [content, stats] = await Promise.all([published(c.env), articleStats(c.db, principal.workspaceId)]);
  const byId = new Map(stats.map((s) => [s.articleId, s]));
  const names = new Map(content.manifest.collections.map((col) => [col.id, col.name]));
  const data = content.manifest.articles.map((a) => {
    const s = byId.get(a.id);
    return {
      id: a.id,
      title: a.title,
      collection: names.get(a.collection) ?? a.collection,
      url: a.url,
      views: s?.views ?? 0,
      talk_to_us: s?.talkToUs ?? 0,
      reactions: { happy: s?.happy ?? 0, neutral: s?.neutral ?? 0, sad: s?.sad ?? 0 },
    };
  });
  return Response.json({ type: "list", data });
};

export const helpSearchReport: Handler = async (request, c) => {
  const { principal } = await withSession(request, c);
  const rows = await missedSearches(c.db, principal.workspaceId, MISSED_SHOWN);
  return Response.json({ type: "list", data: rows.map((r) => ({ query: r.query, count: r.count, last_searched_at: r.lastSearchedAt })) });
};
