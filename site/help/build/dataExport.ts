// The loader hands the articles it loaded to the end of the build through one file in Astro's
// cache directory (integration.ts writes the /hc/ JSON files from it). Per mode, like the cache.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { helpArticleSchema, type HelpArticle } from "./entrySchema.ts";
import { collectionSchema, type Collection } from "./schema.ts";

const FILE = "parley-help-articles.json";
const exportSchema = z.object({ collections: z.array(collectionSchema), articles: z.array(helpArticleSchema) });

export interface HelpExport {
  collections: Collection[];
  articles: HelpArticle[];
}

export function writeHelpExport(cacheDir: URL, data: HelpExport): void {
  mkdirSync(fileURLToPath(cacheDir), { recursive: true });
  writeFileSync(fileURLToPath(new URL(FILE, cacheDir)), JSON.stringify(data));
}

export function readHelpExport(cacheDir: URL): HelpExport {
  const parsed = exportSchema.safeParse(JSON.parse(readFileSync(fileURLToPath(new URL(FILE, cacheDir)), "utf8")));
  if (!parsed.success) throw new Error(`${FILE} in Astro's cache is not what this build wrote: ${parsed.error.message}`);
  return parsed.data;
}
