// Loads and checks all help content: the one entry point shared by `npm run lint:content`, the
// Astro loaders and the benchmark. Problems are collected, never thrown, so a check lists all
// of them at once.
import { ARTICLES_DIR, checkArticle, type ArticleSource } from "./checkArticle.ts";
import { fileDates } from "./gitDates.ts";
import { resolveLink, type KnownContent } from "./links.ts";
import type { ContentProblem } from "./problems.ts";
import { listFiles, readCollections, readText } from "./readContent.ts";
import { renderArticle } from "./render.ts";
import type { Collection } from "./schema.ts";
import { readSiteConfig, type SiteConfig } from "./siteConfig.ts";

export interface LoadedArticle extends ArticleSource {
  html: string;
  text: string;
  createdAt: number;
  updatedAt: number;
}

export interface LoadedContent {
  config?: SiteConfig;
  collections: Collection[];
  articles: LoadedArticle[];
  problems: ContentProblem[];
}

export interface LoadOptions {
  root: string;
  /** Include drafts (the admin preview) or leave them out entirely (the public site). */
  drafts: boolean;
  /** Base path the rendered links point under: "/" or "/admin/help/". */
  base: string;
  /** Compile the MDX too (default); the build's up-front check leaves that to the Astro loader. */
  render?: boolean;
  /** The same build already ran the full check: skip the MDX and link checks (render still runs). */
  mdxChecked?: boolean;
}

export function loadContent({ root, drafts, base, render = true, mdxChecked = false }: LoadOptions): LoadedContent {
  const site = readSiteConfig(root);
  const { collections, problems } = readCollections(root);
  problems.push(...site.problems);
  const collectionIds = new Set(collections.map((c) => c.id));
  const sources: ArticleSource[] = [];
  for (const file of listFiles(root, ARTICLES_DIR)) {
    const checked = checkArticle(file, readText(root, file), collectionIds, mdxChecked);
    problems.push(...checked.problems);
    if (checked.article) sources.push(checked.article);
  }
  if (!mdxChecked) problems.push(...checkLinks(sources, collectionIds));
  const included = sources.filter((a) => drafts || !a.frontmatter.draft);
  const config = site.config ? { config: site.config } : {};
  if (!render) return { ...config, collections, articles: included.map(unrendered), problems };
  const known: KnownContent = { collections: collectionIds, articles: new Set(included.map((a) => a.id)) };
  const dates = fileDates(root, ARTICLES_DIR, included.map((a) => a.file));
  const articles: LoadedArticle[] = [];
  for (const source of included) {
    try {
      const rendered = renderArticle(source.body, { id: source.id, known, base });
      const date = dates.get(source.file) ?? { createdAt: 0, updatedAt: 0 };
      articles.push({ ...source, ...rendered, ...date });
    } catch (error) {
      problems.push({ file: source.file, message: `cannot be rendered: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return { ...config, collections, articles, problems };
}

const unrendered = (source: ArticleSource): LoadedArticle => ({ ...source, html: "", text: "", createdAt: 0, updatedAt: 0 });

/** A published article may link only to published articles: a link to a draft is a 404 (and names it). */
function checkLinks(sources: readonly ArticleSource[], collections: ReadonlySet<string>): ContentProblem[] {
  const all = new Set(sources.map((a) => a.id));
  const published = new Set(sources.filter((a) => !a.frontmatter.draft).map((a) => a.id));
  const problems: ContentProblem[] = [];
  for (const article of sources) {
    const known = { collections, articles: article.frontmatter.draft ? all : published };
    for (const link of article.links) {
      const target = resolveLink(link.url, article.id, known);
      if (target.kind !== "broken") continue;
      const draft = resolveLink(link.url, article.id, { collections, articles: all });
      const reason = draft.kind === "article" ? `is a draft, so the published article cannot link to it` : target.reason;
      problems.push({ file: article.file, line: link.line, message: `broken link ${link.url}: ${reason}` });
    }
  }
  return problems;
}
