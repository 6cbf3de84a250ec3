// Loads and checks all help content: the one entry point shared by `npm run lint:content`, the
// Astro loaders and the benchmark. Problems are collected, never thrown, so a check lists all
// of them at once.
import { ARTICLES_DIR, checkArticle, type ArticleSource } from "./checkArticle.ts";
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
}

export function loadContent({ root, drafts, base, render = true, mdxChecked = false }: LoadOptions): LoadedContent {
  const site = readSiteConfig(root);
  const languages = languagesOf(site.config?.locales);
  const { collections, problems } = readCollections(root, languages);
  problems.push(...site.problems);
  const warnings: ContentProblem[] = [];
  const collectionIds = new Set(collections.map((c) => c.id));
  const checked: ArticleSource[] = [];
  for (const file of listFiles(root, ARTICLES_DIR)) {
    const result = checkArticle(file, readText(root, file), collectionIds, mdxChecked, languages);
    problems.push(...result.problems);
    if (result.article) checked.push(result.article);
  }
  const paired = pairTranslations(checked, languages);
  problems.push(...paired.problems);
  const sources = paired.articles;
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
  const dates = fileDates(root, ARTICLES_DIR, included.map((a) => a.file));
  if (!mdxChecked) warnings.push(...staleTranslations(included, dates, languages));
  const articles: LoadedArticle[] = [];
  for (const source of included) {
    if (render === "drafts" && !source.frontmatter.draft) {
      articles.push({ ...source, html: "", text: "", ...(dates.get(source.file) ?? { createdAt: 0, updatedAt: 0 }) });
      continue;
    }
    try {
      const rendered = renderArticle(source.body, { id: source.id, known, base, prefixOf: prefixes.get(source.locale) });
      const date = dates.get(source.file) ?? { createdAt: 0, updatedAt: 0 };
      articles.push({ ...source, ...rendered, ...date });
    } catch (error) {
      problems.push({ file: source.file, message: `cannot be rendered: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return { ...config, languages, collections, articles, problems, warnings };
}

const unrendered = (source: ArticleSource): LoadedArticle => ({ ...source, html: "", text: "", createdAt: 0, updatedAt: 0 });
