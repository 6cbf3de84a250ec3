// What the pages show, decided once per build from the loaded entries: collection order,
// article order within a collection, previous/next links and breadcrumbs.

export interface CollectionInfo {
  id: string;
  name: string;
  description: string;
  order: number;
}

export interface ArticleInfo {
  id: string;
  collection: string;
  title: string;
  description: string;
  order?: number | undefined;
  draft: boolean;
  updatedAt: number;
}

export interface Crumb {
  label: string;
  href?: string;
}

export function byOrderThenTitle<T extends { order?: number | undefined; title?: string; name?: string }>(a: T, b: T): number {
  const ao = a.order ?? Number.POSITIVE_INFINITY;
  const bo = b.order ?? Number.POSITIVE_INFINITY;
  if (ao !== bo) return ao < bo ? -1 : 1;
  return (a.title ?? a.name ?? "").localeCompare(b.title ?? b.name ?? "");
}

export interface Shelf<A extends ArticleInfo> {
  collection: CollectionInfo;
  articles: A[];
}

/** Collections in their order, each with its articles in theirs; every collection is listed. */
export function shelves<A extends ArticleInfo>(collections: readonly CollectionInfo[], articles: readonly A[]): Shelf<A>[] {
  return [...collections].sort(byOrderThenTitle).map((collection) => ({
    collection,
    articles: articles.filter((a) => a.collection === collection.id).sort(byOrderThenTitle),
  }));
}

export interface ArticlePlace<A extends ArticleInfo> {
  article: A;
  collection: CollectionInfo;
  prev: A | null;
  next: A | null;
}

/** Every article with its neighbours inside its own collection. */
export function placesOf<A extends ArticleInfo>(collections: readonly CollectionInfo[], articles: readonly A[]): ArticlePlace<A>[] {
  return shelves(collections, articles).flatMap(({ collection, articles: list }) =>
    list.map((article, i) => ({ article, collection, prev: list[i - 1] ?? null, next: list[i + 1] ?? null })),
  );
}

export function articleHref(base: string, id: string): string {
  return `${base}${id}/`;
}

export function collectionHref(base: string, id: string): string {
  return `${base}${id}/`;
}

export function breadcrumbs(base: string, collection: CollectionInfo, article?: ArticleInfo, home = "Home"): Crumb[] {
  const crumbs: Crumb[] = [{ label: home, href: base }];
  crumbs.push(article ? { label: collection.name, href: collectionHref(base, collection.id) } : { label: collection.name });
  if (article) crumbs.push({ label: article.title });
  return crumbs;
}
