// Intercom's Article object, built from the build's manifest. Articles are written in git, so
// there is no author among the admins (author_id 0) and every one the API shows is published.
import type { ManifestArticle } from "./manifestSchema.ts";

export interface ArticleStatistics {
  views: number;
  conversions: number;
  happy: number;
  neutral: number;
  sad: number;
}

export function articleObject(article: ManifestArticle, workspaceId: number, body: string) {
  return {
    type: "article" as const,
    id: article.id,
    workspace_id: String(workspaceId),
    title: article.title,
    description: article.description,
    body,
    author_id: 0,
    state: "published" as const,
    created_at: article.created_at,
    updated_at: article.updated_at,
    url: article.url,
    parent_id: article.collection,
    parent_ids: [article.collection],
    parent_type: "collection",
    default_locale: "en",
    tags: { type: "tag.list", tags: article.tags.map((name) => ({ type: "tag", name })) },
  };
}

/** What the messenger renders inside itself: GET /hc/articles/{collection}/{slug}.json. */
export function messengerArticle(article: ManifestArticle, collectionName: string, html: string) {
  return {
    type: "help_article" as const,
    id: article.id,
    title: article.title,
    description: article.description,
    collection: { id: article.collection, name: collectionName },
    url: article.url,
    updated_at: article.updated_at,
    html,
  };
}

export function statisticsObject(s: ArticleStatistics) {
  const reactions = s.happy + s.neutral + s.sad;
  const percent = (n: number) => (reactions === 0 ? 0 : Math.round((n / reactions) * 1000) / 10);
  return {
    type: "article_statistics" as const,
    views: s.views,
    conversions: s.conversions,
    reactions,
    happy_reaction_percentage: percent(s.happy),
    neutral_reaction_percentage: percent(s.neutral),
    sad_reaction_percentage: percent(s.sad),
  };
}
