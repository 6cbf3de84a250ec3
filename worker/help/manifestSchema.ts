// The shapes of the files the build publishes under /hc/data/ (site/help/build/publicData.ts writes
// them). The Worker validates every file against these before using it.
import { z } from "zod";

// Languages (CONTRACT §9) came later: a manifest without them is one English help center.
const collectionTranslation = z.object({ name: z.string(), description: z.string(), url: z.string() });
const collectionSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  order: z.number(),
  url: z.string(),
  translations: z.record(z.string(), collectionTranslation).default({}),
});
/** A published translation; its body is `<locale>/<id>` in the article's body chunk. */
const articleTranslation = z.object({ title: z.string(), description: z.string(), created_at: z.number(), updated_at: z.number(), url: z.string() });
const articleSchema = z.object({
  id: z.string(),
  collection: z.string(),
  title: z.string(),
  description: z.string(),
  tags: z.array(z.string()),
  order: z.number().nullable(),
  created_at: z.number(),
  updated_at: z.number(),
  url: z.string(),
  translations: z.record(z.string(), articleTranslation).default({}),
});
export const manifestSchema = z.object({
  version: z.literal(1),
  generated_at: z.number(),
  body_chunk_size: z.number().int().positive(),
  default_locale: z.string().default("en"),
  locales: z.array(z.string()).default(["en"]),
  collections: z.array(collectionSchema),
  articles: z.array(articleSchema),
});
export const termsSchema = z.object({ version: z.literal(1), articles: z.record(z.string(), z.string()) });
export const bodiesSchema = z.record(z.string(), z.string());

export type Manifest = z.output<typeof manifestSchema>;
export type ManifestArticle = z.output<typeof articleSchema>;
export type ManifestCollection = z.output<typeof collectionSchema>;
