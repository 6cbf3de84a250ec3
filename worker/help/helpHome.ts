import type { Manifest, ManifestArticle } from "./manifestSchema.ts";

// What the messenger's Help space opens on (issue 17 item 10): the collections, and the most
// viewed articles rather than an empty search box.
export const POPULAR_ARTICLES = 5;
export const COLLECTION_ARTICLES = 100;

const brief = (a: ManifestArticle) => ({ id: a.id, title: a.title, description: a.description });

/** Articles in their collection's reading order: `order` first, then by title. */
export function readingOrder(a: ManifestArticle, b: ManifestArticle): number {
  return (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.title.localeCompare(b.title);
}

/**
 * Collections that hold published articles, and the most viewed articles still published; while
 * fewer have been viewed, the first articles of the collections fill the list.
 */
export function helpHome(manifest: Manifest, mostViewed: readonly string[]) {
  const byId = new Map(manifest.articles.map((a) => [a.id, a]));
  const collections = [...manifest.collections]
    .sort((a, b) => a.order - b.order)
    .map((c) => ({ id: c.id, name: c.name, description: c.description, count: manifest.articles.filter((a) => a.collection === c.id).length }))
    .filter((c) => c.count > 0);
  const viewed = mostViewed.flatMap((id) => byId.get(id) ?? []);
  const fill = collections.flatMap((c) => manifest.articles.filter((a) => a.collection === c.id).sort(readingOrder));
  const popular = [...new Set([...viewed, ...fill])].slice(0, POPULAR_ARTICLES).map(brief);
  return { collections, popular };
}

/** One collection with its articles in reading order, or null when it has none published. */
export function helpCollection(manifest: Manifest, id: string) {
  const collection = manifest.collections.find((c) => c.id === id);
  const articles = manifest.articles.filter((a) => a.collection === id).sort(readingOrder);
  if (!collection || articles.length === 0) return null;
  return { id: collection.id, name: collection.name, description: collection.description, count: articles.length, articles: articles.slice(0, COLLECTION_ARTICLES).map(brief) };
}
