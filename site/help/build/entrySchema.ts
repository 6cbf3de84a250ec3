// What one article is after loading: its frontmatter, place, dates and search tokens (the Astro
// collection's schema), and with its HTML the shape the pages and data files work from.
import { z } from "zod";

export const articleEntrySchema = z.object({
  title: z.string(),
  description: z.string(),
  draft: z.boolean(),
  order: z.number().optional(),
  tags: z.array(z.string()),
  collection: z.string(),
  slug: z.string(),
  /** The language of this version; a translation shares its original's id (`collection/slug`). */
  locale: z.string(),
  file: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type ArticleEntryData = z.output<typeof articleEntrySchema>;

// The body and its search terms stay out of Astro's data store (bodyStore.ts).
export const helpArticleSchema = articleEntrySchema.extend({
  id: z.string(),
  html: z.string(),
  /** Distinct search tokens of the body, for the articles API search. */
  terms: z.string(),
});
export type HelpArticle = z.output<typeof helpArticleSchema>;
