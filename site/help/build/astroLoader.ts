// The Astro content loaders behind `articles` and `helpCollections`. They read content/ and stop the
// build with the content check's one-line messages. The store holds each article's metadata only:
// its HTML, compiled here once (no Astro module per .mdx file), goes to the body file the pages
// read as they render (bodyStore.ts), which keeps Astro's data-store module small.
import { join } from "node:path";
import type { Loader, LoaderContext } from "astro/loaders";
import { termString } from "../../../shared/help/searchTokens.ts";
import { readCatalogue, writeCatalogue } from "./catalogue.ts";
import { loadContent, type LoadedContent } from "./loadContent.ts";
import { readCollections } from "./readContent.ts";
import { helpBuild } from "./mode.ts";
import { writeHelpExport } from "./dataExport.ts";
import type { Body } from "./bodyStore.ts";
import { articleEntrySchema, type ArticleEntryData } from "./entrySchema.ts";
import { languagesOf, versionKey } from "./locales.ts";
import { ContentError } from "./problems.ts";
import { collectionSchema } from "./schema.ts";
import { readSiteConfig } from "./siteConfig.ts";

function loadArticles(): LoadedContent {
  const build = helpBuild();
  // The preview of `npm run build` starts from what the public build's loader checked and listed.
  const fromCatalogue = build.mdxChecked ? readCatalogue(build.catalogue) : null;
  const withCatalogue = build.mode === "public";
  const result = loadContent({ root: build.root, drafts: build.drafts, base: build.base, mdxChecked: build.mdxChecked, render: build.render, fromCatalogue, withCatalogue });
  // Astro prints the message (one line per problem, as lint:content does) even with --silent, and exits 1.
  if (result.problems.length > 0) throw new ContentError(result.problems);
  if (result.catalogue) writeCatalogue(build.catalogue, result.catalogue);
  const checked = build.mdxChecked ? (fromCatalogue ? "from the public build's catalogue, " : "") : "content/ checked, ";
  console.log(`[build] help center: ${checked}${result.articles.length} articles loaded (${build.mode}, ${process.uptime().toFixed(1)} s into its astro build)`);
  return result;
}

export function articleLoader(): Loader {
  return {
    name: "parley-articles",
    schema: articleEntrySchema,
    load: async (context) => {
      const { store, logger, parseData } = context;
      reloadOnChange(context, () => articleLoader().load(context));
      const started = performance.now();
      const { articles, collections, languages } = loadArticles();
      store.clear();
      const exported: (ArticleEntryData & { id: string; body: Body })[] = [];
      for (const article of articles) {
        const { title, description, draft, order, tags } = article.frontmatter;
        const raw = { title, description, draft, order, tags: tags ?? [], collection: article.collection, slug: article.slug, locale: article.locale, file: article.file };
        // One entry per language version: `fr/<collection>/<slug>` beside `<collection>/<slug>`.
        const key = versionKey(article.id, article.locale, languages);
        const data = await parseData({ id: key, data: { ...raw, createdAt: article.createdAt, updatedAt: article.updatedAt } });
        store.set({ id: key, data, filePath: article.file });
        exported.push({ ...data, id: article.id, body: { html: article.html, terms: termString(article.text) } });
      }
      // The pages read the bodies from here; the /hc/ JSON files are written from it at the end of the build (integration.ts).
      writeHelpExport(helpBuild().cacheDir, { collections, articles: exported });
      logger.info(`${articles.length} articles loaded in ${Math.round(performance.now() - started)} ms`);
    },
  };
}

const watched = new WeakSet<object>();

/** `astro dev`: an edit under content/ reloads both collections (a build has no watcher). */
function reloadOnChange(context: LoaderContext, reload: () => Promise<void>): void {
  const { watcher, logger, collection } = context;
  if (!watcher || watched.has(context.store)) return;
  watched.add(context.store);
  const dir = join(helpBuild().root, "content");
  watcher.add(dir);
  const onChange = (path: string) => {
    if (!path.startsWith(dir)) return;
    reload().catch((error: unknown) => logger.error(`${collection}: ${error instanceof Error ? error.message : String(error)}`));
  };
  for (const event of ["add", "change", "unlink"] as const) watcher.on(event, onChange);
}

export function collectionLoader(): Loader {
  return {
    name: "parley-help-collections",
    schema: collectionSchema,
    load: async (context) => {
      const { store, parseData } = context;
      reloadOnChange(context, () => collectionLoader().load(context));
      const root = helpBuild().root;
      const { collections, problems } = readCollections(root, languagesOf(readSiteConfig(root).config?.locales));
      if (problems.length > 0) throw new ContentError(problems);
      store.clear();
      for (const collection of collections) {
        store.set({ id: collection.id, data: await parseData({ id: collection.id, data: { ...collection } }) });
      }
    },
  };
}
