// Loads and checks all help content: the one entry point shared by `npm run lint:content`, the
// Astro loaders and the benchmark. Problems are collected, never thrown, so a check lists all
// of them at once.
import { catalogueOf, type CatalogueEntry } from "./catalogue.ts";
import { ARTICLES_DIR, checkArticle, type ArticleSource } from "./checkArticle.ts";
import { splitFrontmatter } from "./frontmatter.ts";
import { fileDates } from "./gitDates.ts";
import { checkLinks, prefixFor } from "./contentLinks.ts";
import type { KnownContent } from "./links.ts";
import { languagesOf, type Languages } from "./locales.ts";
import type { ContentProblem } from "./problems.ts";
import { listFiles, readCollections, readText } from "./readContent.ts";
import { renderArticle } from "./render.ts";
import type { Collection } from "./schema.ts";
import { readSiteConfig, type SiteConfig } from "./siteConfig.ts";
import { pairTranslations, staleTranslations } from "./translations.ts";

export interface LoadedArticle extends ArticleSource {
  html: string;
  text: string;
  createdAt: number;
  updatedAt: number;
}

export interface LoadedContent {
  config?: SiteConfig;
  languages: Languages;
  collections: Collection[];
  /** Every language version, each with its `locale`; a translation shares its original's `id`. */
  articles: LoadedArticle[];
  problems: ContentProblem[];
  /** Reported by lint:content without failing anything: stale translations, links to a page missing in a translation's language. */
  warnings: ContentProblem[];
  /** With `withCatalogue`: every article checked, drafts included, for the preview (catalogue.ts). */
  catalogue?: CatalogueEntry[];
}

export interface LoadOptions {
  root: string;
  /** Include drafts (the admin preview) or leave them out entirely (the public site). */
  drafts: boolean;
  /** Base path the rendered links point under: "/" or "/admin/help/". */
  base: string;
  /** Compile the MDX too (default); the build's up-front check leaves that to the Astro loader.
   * "drafts": only drafts' bodies (the preview, which shows published pages from the public site). */
  render?: boolean | "drafts";
  /** The same build already ran the full check: skip the MDX and link checks (render still runs). */
  mdxChecked?: boolean;
  /** The same build's public loader already checked and listed every article: read only the files to render. */
  fromCatalogue?: readonly CatalogueEntry[] | null;
  /** Also return the catalogue of every article checked (the public build, for its preview). */
  withCatalogue?: boolean;
}

export function loadContent({ root, drafts, base, render = true, mdxChecked = false, fromCatalogue, withCatalogue = false }: LoadOptions): LoadedContent {
  const site = readSiteConfig(root);
  const languages = languagesOf(site.config?.locales);
  const { collections, problems } = readCollections(root, languages);
  problems.push(...site.problems);
  const warnings: ContentProblem[] = [];
  const collectionIds = new Set(collections.map((c) => c.id));
  let sources: ArticleSource[];
  if (fromCatalogue) {
    // Bodies are read below, for the articles rendered only.
    sources = fromCatalogue.map(({ createdAt: _c, updatedAt: _u, ...entry }) => ({ ...entry, body: "", links: [] }));
  } else {
    const checked: ArticleSource[] = [];
    for (const file of listFiles(root, ARTICLES_DIR)) {
      const result = checkArticle(file, readText(root, file), collectionIds, mdxChecked, languages);
      problems.push(...result.problems);
      if (result.article) checked.push(result.article);
    }
    const paired = pairTranslations(checked, languages);
    problems.push(...paired.problems);
    sources = paired.articles;
  }
  if (!mdxChecked) {
    const links = checkLinks(sources, collectionIds, languages);
    problems.push(...links.problems);
    warnings.push(...links.warnings);
  }
  const included = sources.filter((a) => drafts || !a.frontmatter.draft);
  const config = site.config ? { config: site.config } : {};
  if (!render) return { ...config, languages, collections, articles: included.map(unrendered), problems, warnings };
  const inLocale = (locale: string) => new Set(included.filter((a) => a.locale === locale).map((a) => a.id));
  const known: KnownContent = { collections: collectionIds, articles: inLocale(languages.defaultLocale) };
  const prefixes = new Map(languages.locales.map((locale) => [locale, prefixFor(locale, inLocale(locale), languages)]));
  const dates = fromCatalogue
    ? new Map(fromCatalogue.map(({ file, createdAt, updatedAt }) => [file, { createdAt, updatedAt }]))
    : fileDates(root, ARTICLES_DIR, (withCatalogue ? sources : included).map((a) => a.file));
  const catalogue = withCatalogue ? { catalogue: catalogueOf(sources, dates) } : {};
  if (!mdxChecked) warnings.push(...staleTranslations(included, dates, languages));
  const articles: LoadedArticle[] = [];
  for (const source of included) {
    if (render === "drafts" && !source.frontmatter.draft) {
      articles.push({ ...source, html: "", text: "", ...(dates.get(source.file) ?? { createdAt: 0, updatedAt: 0 }) });
      continue;
    }
    try {
      const body = fromCatalogue ? bodyOf(root, source.file) : source.body;
      const rendered = renderArticle(body, { id: source.id, known, base, prefixOf: prefixes.get(source.locale) });
      const date = dates.get(source.file) ?? { createdAt: 0, updatedAt: 0 };
      articles.push({ ...source, ...rendered, ...date });
    } catch (error) {
      problems.push({ file: source.file, message: `cannot be rendered: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return { ...config, languages, collections, articles, problems, warnings, ...catalogue };
}

/** An article's MDX body, read again from its file (already checked by this build). */
function bodyOf(root: string, file: string): string {
  const split = splitFrontmatter(readText(root, file));
  if (!split.ok) throw new Error(`${file} changed during the build: ${split.message}`);
  return split.body;
}

const unrendered = (source: ArticleSource): LoadedArticle => ({ ...source, html: "", text: "", createdAt: 0, updatedAt: 0 });
