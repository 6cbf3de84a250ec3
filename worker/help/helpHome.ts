import { localArticle, localCollection, type LocalArticle } from "./localized.ts";
import type { Manifest } from "./manifestSchema.ts";

// What the messenger's Help space opens on (issue 17 item 10): the collections, and the most
// viewed articles rather than an empty search box; in the reader's language where translated.
export const POPULAR_ARTICLES = 5;
export const COLLECTION_ARTICLES = 100;

const brief = (a: LocalArticle) => ({ id: a.id, title: a.title, description: a.description, locale: a.locale });

/** Articles in their collection's reading order: `order` first, then by title. */
export function readingOrder(a: { order: number | null; title: string }, b: { order: number | null; title: string }): number {
  return (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.title.localeCompare(b.title);
}

const localArticles = (manifest: Manifest, locale: string) => manifest.articles.map((a) => localArticle(manifest, a, locale));

/**
 * Collections that hold published articles, and the most viewed articles still published; while
 * fewer have been viewed, the first articles of the collections fill the list.
 */
export function helpHome(manifest: Manifest, mostViewed: readonly string[], locale = manifest.default_locale) {
  const articles = localArticles(manifest, locale);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const collections = [...manifest.collections]
    .sort((a, b) => a.order - b.order)
    .map((c) => {
      const local = localCollection(c, locale);
      return { id: c.id, name: local.name, description: local.description, count: articles.filter((a) => a.collection === c.id).length };
    })
    .filter((c) => c.count > 0);
  const viewed = mostViewed.flatMap((id) => byId.get(id) ?? []);
  const fill = collections.flatMap((c) => articles.filter((a) => a.collection === c.id).sort(readingOrder));
  const popular = [...new Set([...viewed, ...fill])].slice(0, POPULAR_ARTICLES).map(brief);
  return { locale, locales: manifest.locales, collections, popular };
}

/** One collection with its articles in reading order, or null when it has none published. */
export function helpCollection(manifest: Manifest, id: string, locale = manifest.default_locale) {
  const collection = manifest.collections.find((c) => c.id === id);
  const articles = localArticles(manifest, locale).filter((a) => a.collection === id).sort(readingOrder);
  if (!collection || articles.length === 0) return null;
  const local = localCollection(collection, locale);
  return { id: collection.id, name: local.name, description: local.description, count: articles.length, articles: articles.slice(0, COLLECTION_ARTICLES).map(brief) };
}
