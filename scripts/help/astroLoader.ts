// The Astro content loaders behind `articles` and `helpCollections`. They load content/ once per
// build (both share the result), stop the build with the content check's one-line messages,
// and store each article's HTML as its rendered body: no Astro module per .mdx file.
import type { Loader } from "astro/loaders";
import { termString } from "../../worker/help/searchTokens.ts";
import { loadContent, type LoadedContent } from "./loadContent.ts";
import { helpBuild } from "./mode.ts";
import { writeHelpExport } from "./dataExport.ts";
import { articleEntrySchema, type HelpArticle } from "./entrySchema.ts";
import { ContentError } from "./problems.ts";
import { collectionSchema } from "./schema.ts";

let loaded: LoadedContent | undefined;

function content(): LoadedContent {
  if (loaded) return loaded;
  const build = helpBuild();
  const result = loadContent({ root: build.root, drafts: build.drafts, base: build.base, mdxChecked: build.mdxChecked });
  if (result.problems.length > 0) throw new ContentError(result.problems);
  loaded = result;
  return result;
}

export function articleLoader(): Loader {
  return {
    name: "parley-articles",
    schema: articleEntrySchema,
    load: async ({ store, logger, parseData, config }) => {
      const started = performance.now();
      const { articles, collections } = content();
      store.clear();
      const exported: HelpArticle[] = [];
      for (const article of articles) {
        const { title, description, draft, order, tags } = article.frontmatter;
        const raw = { title, description, draft, order, tags: tags ?? [], collection: article.collection, slug: article.slug, file: article.file };
        const terms = termString(article.text);
        const data = await parseData({ id: article.id, data: { ...raw, createdAt: article.createdAt, updatedAt: article.updatedAt, terms } });
        store.set({ id: article.id, data, rendered: { html: article.html }, filePath: article.file });
        exported.push({ ...data, id: article.id, html: article.html });
      }
      // The /hc/ JSON files are written from this at the end of the build (integration.ts).
      writeHelpExport(config.cacheDir, { collections, articles: exported });
      logger.info(`${articles.length} articles loaded in ${Math.round(performance.now() - started)} ms`);
    },
  };
}

export function collectionLoader(): Loader {
  return {
    name: "parley-help-collections",
    schema: collectionSchema,
    load: async ({ store, parseData }) => {
      store.clear();
      for (const collection of content().collections) {
        store.set({ id: collection.id, data: await parseData({ id: collection.id, data: { ...collection } }) });
      }
    },
  };
}
