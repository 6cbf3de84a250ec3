// What the public build's loader learnt of every article (drafts included, after the content
// check): place, frontmatter and dates, without bodies. `npm run build` hands it to the preview's
// loader, which then reads only the drafts' files instead of all 12,000 again (reading and
// parsing their frontmatter was most of the preview's content load). Beside Astro's caches, never
// under dist/public: it names drafts.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { z } from "zod";
import type { ArticleSource } from "./checkArticle.ts";
import type { FileDates } from "./gitDates.ts";
import { frontmatterSchema } from "./schema.ts";

const entrySchema = z.object({
  id: z.string(),
  locale: z.string(),
  collection: z.string(),
  slug: z.string(),
  file: z.string(),
  frontmatter: frontmatterSchema,
  createdAt: z.number(),
  updatedAt: z.number(),
});
const catalogueSchema = z.object({ version: z.literal(1), articles: z.array(entrySchema) });

export type CatalogueEntry = z.output<typeof entrySchema>;

export function catalogueOf(sources: readonly ArticleSource[], dates: ReadonlyMap<string, FileDates>): CatalogueEntry[] {
  return sources.map(({ id, locale, collection, slug, file, frontmatter }) => ({ id, locale, collection, slug, file, frontmatter, ...(dates.get(file) ?? { createdAt: 0, updatedAt: 0 }) }));
}

/** Written under a temporary name and renamed: a reader never sees half a file. */
export function writeCatalogue(path: string, articles: readonly CatalogueEntry[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}`;
  writeFileSync(temporary, JSON.stringify({ version: 1, articles }));
  renameSync(temporary, path);
}

/** The catalogue at `path`, or null where there is none or it is not what this code writes. */
export function readCatalogue(path: string): CatalogueEntry[] | null {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = catalogueSchema.safeParse(json);
  return parsed.success ? parsed.data.articles : null;
}
