// Pagefind's Node API (the same Rust indexer as its CLI, in its own process), fed page by page
// while Astro renders: the indexer works on the second core instead of reading 10,000 files back
// after the site is written. Only pages with `data-pagefind-body` are sent (articles, never lists,
// search or the 404 page); each page's `<html lang>` puts it in its language's index.
import { close, createIndex } from "pagefind";

// Pages sent but not yet indexed. Past this, rendering waits for the indexer: unbounded, the
// queued pages cost hundreds of MB when the indexer falls behind (it did, on a busy machine).
const MAX_IN_FLIGHT = 64;

export interface PageIndex {
  /** `url` as the site serves it, relative to the base ("/inbox/routing/"); resolves once the indexer has room. */
  add(url: string, html: string): Promise<void>;
  /** Waits for the pages sent, writes the index into `outputPath` and stops the indexer. */
  write(outputPath: string): Promise<{ pages: number }>;
}

export const isIndexed = (html: string): boolean => html.includes("data-pagefind-body");

export async function openPageIndex(): Promise<PageIndex> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  const inFlight = new Set<Promise<void>>();
  const problems: string[] = [];
  let pages = 0;
  return {
    async add(url, html) {
      if (!isIndexed(html)) return;
      pages += 1;
      const added: Promise<void> = index.addHTMLFile({ url, content: html }).then(
        (result) => void problems.push(...result.errors),
        (error: unknown) => void problems.push(String(error)),
      );
      inFlight.add(added);
      void added.finally(() => inFlight.delete(added));
      while (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
    },
    async write(outputPath) {
      try {
        await Promise.all(inFlight);
        if (problems.length > 0) throw new Error(`pagefind: ${problems.join("; ")}`);
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join("; ")}`);
        return { pages };
      } finally {
        await close();
      }
    },
  };
}
