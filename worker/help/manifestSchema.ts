// The shapes of the files the build publishes under /hc/data/ (site/help/build/publicData.ts writes
// them). The Worker validates every file against these before using it.
import { z } from "zod";

const collectionSchema = z.object({ id: z.string(), name: z.string(), description: z.string(), order: z.number(), url: z.string() });
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
});
export const manifestSchema = z.object({
  version: z.literal(1),
  generated_at: z.number(),
  body_chunk_size: z.number().int().positive(),
  collections: z.array(collectionSchema),
  articles: z.array(articleSchema),
});
export const termsSchema = z.object({ version: z.literal(1), articles: z.record(z.string(), z.string()) });
export const bodiesSchema = z.record(z.string(), z.string());

export type Manifest = z.output<typeof manifestSchema>;
export type ManifestArticle = z.output<typeof articleSchema>;
