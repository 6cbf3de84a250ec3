// The loader hands the articles it loaded to the end of the build through Astro's cache directory
// (integration.ts writes the /hc/ JSON files from it): their metadata in one JSON file, their
// bodies in the body file the pages read too (bodyStore.ts). Per mode, like the cache.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { openBodies, writeBodies, type Body } from "./bodyStore.ts";
import { articleEntrySchema, type ArticleEntryData, type HelpArticle } from "./entrySchema.ts";
import { collectionSchema, type Collection } from "./schema.ts";

const FILE = "parley-help-articles.json";
const exportSchema = z.object({ collections: z.array(collectionSchema), articles: z.array(articleEntrySchema.extend({ id: z.string() })) });

export interface HelpExport {
  collections: Collection[];
  articles: HelpArticle[];
}

export function writeHelpExport(cacheDir: string, data: { collections: Collection[]; articles: (ArticleEntryData & { id: string; body: Body })[] }): void {
  writeBodies(cacheDir, new Map(data.articles.map((a) => [a.file, a.body])));
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, FILE), JSON.stringify({ collections: data.collections, articles: data.articles.map(({ body: _body, ...article }) => article) }));
}

export function readHelpExport(cacheDir: string): HelpExport {
  const parsed = exportSchema.safeParse(JSON.parse(readFileSync(join(cacheDir, FILE), "utf8")));
  if (!parsed.success) throw new Error(`${FILE} in Astro's cache is not what this build wrote: ${parsed.error.message}`);
  const bodies = openBodies(cacheDir);
  return { collections: parsed.data.collections, articles: parsed.data.articles.map((article) => ({ ...article, ...bodies.read(article.file) })) };
}
