// Loads the Pagefind bundle on first use and exposes the one call the search box needs. The
// bundle is untyped JavaScript, so everything it returns is checked before use.

export interface SearchHit {
  url: string;
  title: string;
  /** HTML with <mark> around the matched words; Pagefind escapes the page text. */
  excerpt: string;
  collection: string;
}

export interface Searcher {
  /** Resolves to null when a newer search superseded this one. */
  search(query: string, collection: string | null, limit: number): Promise<{ total: number; hits: SearchHit[] } | null>;
}

type Fn = (...args: unknown[]) => unknown;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
const isFn = (value: unknown): value is Fn => typeof value === "function";
const str = (value: unknown): string => (typeof value === "string" ? value : "");

function hitOf(data: unknown): SearchHit | null {
  if (!isRecord(data) || typeof data.url !== "string") return null;
  const meta = isRecord(data.meta) ? data.meta : {};
  const filters = isRecord(data.filters) && Array.isArray(data.filters.collection) ? data.filters.collection : [];
  return { url: data.url, title: str(meta.title) || data.url, excerpt: str(data.excerpt), collection: str(meta.collection) || str(filters[0]) };
}

export async function loadSearcher(base: string): Promise<Searcher> {
  const module: unknown = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
  if (!isRecord(module) || !isFn(module.options) || !isFn(module.debouncedSearch)) throw new Error("The search index is unavailable.");
  const { options, debouncedSearch } = module;
  await options({ baseUrl: base, excerptLength: 22 });
  // The admin preview indexes only its drafts; published articles come from the public index,
  // their results kept under the preview's base (worker/help/preview.ts shows those pages).
  if (base !== "/" && isFn(module.mergeIndex)) await module.mergeIndex("/pagefind/", { baseUrl: base });
  return {
    async search(query, collection, limit) {
      const filters = collection ? { collection } : {};
      const found: unknown = await debouncedSearch(query, { filters }, 120);
      if (found === null) return null;
      if (!isRecord(found) || !Array.isArray(found.results)) throw new Error("The search index answered strangely.");
      const page = found.results.slice(0, limit).filter(isRecord).map((r) => (isFn(r.data) ? r.data() : null));
      const hits = (await Promise.all(page)).map(hitOf).filter((hit) => hit !== null);
      return { total: found.results.length, hits };
    },
  };
}
