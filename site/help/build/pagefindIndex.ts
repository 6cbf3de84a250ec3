// Pagefind's Node API (the same Rust indexer as its CLI, in its own process), fed page by page
// while Astro renders (directly, or through pageIndexSocket.ts under `npm run build`): the
// indexer works on the second core instead of reading 10,000 files back after the site is written. Only pages with `data-pagefind-body` are sent (articles, never lists,
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
  /** Stops the indexer without writing (the build failed). */
  discard(): Promise<void>;
}

export const isIndexed = (html: string): boolean => html.includes("data-pagefind-body");

const BODY_START = "<article data-pagefind-body";
const BODY_END = "</article>";

/**
 * What Pagefind needs of a page (its language and the `data-pagefind-body` element) as a page of
 * its own: the indexer then parses a fifth of each page rather than the inline stylesheet and the
 * navigation it would ignore. The page as a whole when it is not shaped as expected.
 */
export function indexedPart(html: string): string {
  const start = html.indexOf(BODY_START);
  const end = html.lastIndexOf(BODY_END);
  const lang = /^(?:<!DOCTYPE html>)?\s*<html lang="([A-Za-z0-9-]+)"/i.exec(html)?.[1];
  if (start === -1 || end < start || lang === undefined) return html;
  return `<!DOCTYPE html><html lang="${lang}"><head></head><body>${html.slice(start, end + BODY_END.length)}</body></html>`;
}

/**
 * One index in Pagefind's process. `shared`: other indexes may be open in the same process (the
 * build writes the public one while the preview's fills), so finishing drops only this index and
 * the caller ends the process with closeIndexer().
 */
export async function openPageIndex({ shared = false } = {}): Promise<PageIndex> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  const inFlight = new Set<Promise<void>>();
  const problems: string[] = [];
  const release = async () => void (await (shared ? index.deleteIndex() : close()));
  let pages = 0;
  return {
    async add(url, html) {
      if (!isIndexed(html)) return;
      pages += 1;
      const added: Promise<void> = index.addHTMLFile({ url, content: indexedPart(html) }).then(
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
        await release();
      }
    },
    discard: release,
  };
}

/** Ends Pagefind's process, and every index still open in it. */
export const closeIndexer = async (): Promise<void> => void (await close());
