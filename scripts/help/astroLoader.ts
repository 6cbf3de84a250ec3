// The Astro content loaders behind `articles` and `helpCollections`. They load content/ once per
// build (both share the result), stop the build with the content check's one-line messages,
// and store each article's HTML as its rendered body: no Astro module per .mdx file.
import type { Loader } from "astro/loaders";
import { z } from "zod";
import { termString } from "../../worker/help/searchTokens.ts";
import { loadContent, type LoadedContent } from "./loadContent.ts";
import { helpBuild } from "./mode.ts";
import { ContentError } from "./problems.ts";
import { collectionSchema } from "./schema.ts";

export const articleEntrySchema = z.object({
  title: z.string(),
  description: z.string(),
  draft: z.boolean(),
  order: z.number().optional(),
  tags: z.array(z.string()),
  collection: z.string(),
  slug: z.string(),
  file: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Distinct search tokens of the body, for the articles API search. */
  terms: z.string(),
});
export type ArticleEntryData = z.output<typeof articleEntrySchema>;

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
    load: async ({ store, logger, parseData }) => {
      const started = performance.now();
      const { articles } = content();
      store.clear();
      for (const article of articles) {
        const { title, description, draft, order, tags } = article.frontmatter;
        const raw = { title, description, draft, order, tags: tags ?? [], collection: article.collection, slug: article.slug, file: article.file };
        const terms = termString(article.text);
        const data = await parseData({ id: article.id, data: { ...raw, createdAt: article.createdAt, updatedAt: article.updatedAt, terms } });
        store.set({ id: article.id, data, rendered: { html: article.html }, filePath: article.file });
      }
      logger.info(`${articles.length} articles compiled in ${Math.round(performance.now() - started)} ms`);
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
