// The pages' and endpoints' view of the content collections: plain objects with the HTML
// attached, loaded once per build and shared by every page that asks.
import type { ArticleEntryData } from "./astroLoader.ts";
import type { Collection } from "./schema.ts";
import { readSiteConfig, type SiteConfig } from "./siteConfig.ts";
import { helpBuild, type HelpBuild } from "./mode.ts";

export interface HelpArticle extends ArticleEntryData {
  id: string;
  html: string;
}

export interface HelpData {
  build: HelpBuild;
  config: SiteConfig;
  collections: Collection[];
  /** Newest first: the order of the feeds, the manifest and the API. */
  articles: HelpArticle[];
}

interface Entry<T> {
  id: string;
  data: T;
  rendered?: { html: string } | undefined;
}

/** Astro's getCollection, typed for the two collections this site defines. */
export interface GetCollection {
  (name: "articles"): Promise<Entry<ArticleEntryData>[]>;
  (name: "helpCollections"): Promise<Entry<Collection>[]>;
}

let cached: Promise<HelpData> | undefined;

export function helpData(getCollection: GetCollection): Promise<HelpData> {
  cached ??= load(getCollection);
  return cached;
}

async function load(getCollection: GetCollection): Promise<HelpData> {
  const build = helpBuild();
  const { config, problems } = readSiteConfig(build.root);
  if (!config) throw new Error(problems.map((p) => `${p.file}: ${p.message}`).join("\n"));
  const collections = (await getCollection("helpCollections")).map((entry) => entry.data);
  const articles = (await getCollection("articles"))
    .map((entry) => ({ ...entry.data, id: entry.id, html: entry.rendered?.html ?? "" }))
    .sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
  return { build, config, collections, articles };
}
