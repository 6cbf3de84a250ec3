// Intercom's Article object, built from the build's manifest. Articles are written in git, so
// there is no author among the admins (author_id 0) and every one the API shows is published.
import type { LocalArticle } from "./localized.ts";
import type { ManifestArticle } from "./manifestSchema.ts";

export interface ArticleStatistics {
  views: number;
  conversions: number;
  happy: number;
  neutral: number;
  sad: number;
}

export interface ArticleVersion {
  locale: string;
  title: string;
  description: string;
  body: string;
  url: string;
}

/** Intercom's translated_content: every published version, the default language's included. */
export function translatedContent(versions: readonly ArticleVersion[]) {
  const content: Record<string, { type: "article_content"; title: string; description: string; body: string; url: string; state: "published" }> = {};
  for (const v of versions) content[v.locale] = { type: "article_content", title: v.title, description: v.description, body: v.body, url: v.url, state: "published" };
  return { type: "article_translated_content" as const, ...content };
}

export function articleObject(article: ManifestArticle, workspaceId: number, body: string, versions: readonly ArticleVersion[] = [], defaultLocale = "en") {
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
    default_locale: defaultLocale,
    translated_content: translatedContent(versions),
    tags: { type: "tag.list", tags: article.tags.map((name) => ({ type: "tag", name })) },
  };
}

/**
 * What the messenger renders inside itself: GET /hc/articles/{collection}/{slug}.json?lang=…,
 * in `locale`; `wanted` is the reader's language, which differs when the article has no translation.
 */
export function messengerArticle(article: LocalArticle, collectionName: string, html: string, wanted: string) {
  return {
    type: "help_article" as const,
    id: article.id,
    title: article.title,
    description: article.description,
    collection: { id: article.collection, name: collectionName },
    url: article.url,
    updated_at: article.updated_at,
    locale: article.locale,
    wanted_locale: wanted,
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
