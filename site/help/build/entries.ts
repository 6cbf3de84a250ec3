// The pages' and endpoints' view of the content collections: plain objects, loaded once per build
// and shared by every page that asks. An article's HTML is read from the body file when a page
// asks for it (bodyStore.ts): Astro's data store holds metadata only.
import { openBodies } from "./bodyStore.ts";
import type { ArticleEntryData, HelpArticle } from "./entrySchema.ts";
import { languagesOf, type Languages } from "./locales.ts";
import { helpBuild, type HelpBuild } from "./mode.ts";
import type { Collection } from "./schema.ts";
import { readSiteConfig, type SiteConfig } from "./siteConfig.ts";

export type { HelpArticle };

export interface HelpData {
  build: HelpBuild;
  config: SiteConfig;
  languages: Languages;
  collections: Collection[];
  /** Every language version, newest first: the order of the feeds, the manifest and the API. */
  articles: HelpArticle[];
}

interface Entry<T> {
  id: string;
  data: T;
}

/** Astro's getCollection, typed for the two collections this site defines. */
export interface GetCollection {
  (name: "articles"): Promise<Entry<ArticleEntryData>[]>;
  (name: "helpCollections"): Promise<Entry<Collection>[]>;
}

let cached: Promise<HelpData> | undefined;

/** Once per build; per request under `astro dev`, where an edit reloads the collections. */
export function helpData(getCollection: GetCollection): Promise<HelpData> {
  if (process.env.NODE_ENV === "development") return load(getCollection);
  cached ??= load(getCollection);
  return cached;
}

async function load(getCollection: GetCollection): Promise<HelpData> {
  const collections = (await getCollection("helpCollections")).map((entry) => entry.data);
  // Entries are keyed per language version; the article id is the same in every language.
  const bodies = openBodies(helpBuild().cacheDir);
  // Read from the file on each use: only an article's own page shows its body, once.
  const articles = (await getCollection("articles")).map(({ data }): HelpArticle => ({
    ...data,
    id: `${data.collection}/${data.slug}`,
    get html() {
      return bodies.read(data.file).html;
    },
    get terms() {
      return bodies.read(data.file).terms;
    },
  }));
  return helpDataOf(collections, articles);
}

/** Newest first, ties by id: the order of the feeds, the manifest and the API. */
export function helpDataOf(collections: Collection[], articles: HelpArticle[], build: HelpBuild = helpBuild()): HelpData {
  const { config, problems } = readSiteConfig(build.root);
  if (!config) throw new Error(problems.map((p) => `${p.file}: ${p.message}`).join("\n"));
  const sorted = [...articles].sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
  return { build, config, languages: languagesOf(config.locales), collections, articles: sorted };
}
