// The Astro content loaders behind `articles` and `helpCollections`. They read content/, stop the
// build with the content check's one-line messages, and store each article's HTML as its rendered
// body: no Astro module per .mdx file.
import { join } from "node:path";
import type { Loader, LoaderContext } from "astro/loaders";
import { termString } from "../../../shared/help/searchTokens.ts";
import { loadContent, type LoadedContent } from "./loadContent.ts";
import { readCollections } from "./readContent.ts";
import { helpBuild } from "./mode.ts";
import { writeHelpExport } from "./dataExport.ts";
import { articleEntrySchema, type HelpArticle } from "./entrySchema.ts";
import { languagesOf, versionKey } from "./locales.ts";
import { ContentError } from "./problems.ts";
import { collectionSchema } from "./schema.ts";
import { readSiteConfig } from "./siteConfig.ts";

function loadArticles(): LoadedContent {
  const build = helpBuild();
  const result = loadContent({ root: build.root, drafts: build.drafts, base: build.base, mdxChecked: build.mdxChecked, render: build.render });
  if (result.problems.length > 0) throw new ContentError(result.problems);
  return result;
}

export function articleLoader(): Loader {
  return {
    name: "parley-articles",
    schema: articleEntrySchema,
    load: async (context) => {
      const { store, logger, parseData, config } = context;
      reloadOnChange(context, () => articleLoader().load(context));
      const started = performance.now();
      const { articles, collections, languages } = loadArticles();
      store.clear();
      const exported: HelpArticle[] = [];
      for (const article of articles) {
        const { title, description, draft, order, tags } = article.frontmatter;
        const raw = { title, description, draft, order, tags: tags ?? [], collection: article.collection, slug: article.slug, locale: article.locale, file: article.file };
        const terms = termString(article.text);
        // One entry per language version: `fr/<collection>/<slug>` beside `<collection>/<slug>`.
        const key = versionKey(article.id, article.locale, languages);
        const data = await parseData({ id: key, data: { ...raw, createdAt: article.createdAt, updatedAt: article.updatedAt, terms } });
        store.set({ id: key, data, rendered: { html: article.html }, filePath: article.file });
        exported.push({ ...data, id: article.id, html: article.html });
      }
      // The /hc/ JSON files are written from this at the end of the build (integration.ts).
      writeHelpExport(config.cacheDir, { collections, articles: exported });
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
