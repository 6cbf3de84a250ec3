// What `npm run import:intercom` reads: Intercom REST API responses saved to one JSON file. Accepted
// shapes: {collections, articles} (either may be a list or Intercom's {type:"list", data} page,
// or an array of pages), a bare list of articles, or one list page of articles.
import { z } from "zod";

const id = z.union([z.string(), z.number()]).transform(String);
const optionalId = z.union([z.string(), z.number()]).nullish().transform((v) => (v === null || v === undefined ? null : String(v)));

export const intercomCollectionSchema = z.object({
  id,
  name: z.string(),
  description: z.string().nullish(),
  order: z.number().nullish(),
  parent_id: optionalId,
});
export type IntercomCollection = z.output<typeof intercomCollectionSchema>;

/** One language version in Intercom's translated_content (`type` and empty locales are skipped). */
export const intercomContentSchema = z.object({
  title: z.string(),
  description: z.string().nullish(),
  body: z.string().nullish(),
  state: z.enum(["published", "draft"]).default("published"),
});
export type IntercomContent = z.output<typeof intercomContentSchema>;

const translatedContentSchema = z
  .record(z.string(), z.unknown())
  .transform((content) =>
    Object.entries(content).flatMap(([locale, value]) => {
      const parsed = locale === "type" ? undefined : intercomContentSchema.safeParse(value);
      return parsed?.success ? [{ locale, content: parsed.data }] : [];
    }),
  );

export const intercomArticleSchema = z.object({
  id,
  title: z.string(),
  description: z.string().nullish(),
  body: z.string().nullish(),
  state: z.enum(["published", "draft"]).default("published"),
  parent_id: optionalId,
  parent_type: z.string().nullish(),
  default_locale: z.string().nullish(),
  translated_content: translatedContentSchema.nullish(),
});
export type IntercomArticle = z.output<typeof intercomArticleSchema>;

const page = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item) }).transform((p) => p.data);
const many = <T extends z.ZodType>(item: T) =>
  z.union([z.array(item), page(item), z.array(page(item)).transform((pages) => pages.flat())]);

export const intercomExportSchema = z.union([
  z.object({ collections: many(intercomCollectionSchema).optional(), articles: many(intercomArticleSchema) }).transform((e) => ({ collections: e.collections ?? [], articles: e.articles })),
  many(intercomArticleSchema).transform((articles) => ({ collections: [], articles })),
]);
export type IntercomExport = z.output<typeof intercomExportSchema>;
