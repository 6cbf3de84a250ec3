// CONTRACT §6 as zod schemas. Messages are written for article authors: they name the field and
// say what to change, because they are what a failed pull-request check shows.
import { z } from "zod";

export const MAX_DESCRIPTION = 140;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LOCALE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/;

const text = (field: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `${field} is required` : `${field} must be text`) }).trim();

export const frontmatterSchema = z.strictObject(
  {
    title: text("title").min(1, "title must not be empty"),
    description: text("description")
      .min(1, "description must not be empty")
      .refine((value) => value.length <= MAX_DESCRIPTION, {
        error: (issue) => `description is ${String(issue.input).trim().length} characters; at most ${MAX_DESCRIPTION} are allowed`,
      }),
    draft: z.boolean({ error: "draft must be true or false" }).default(false),
    order: z.number({ error: "order must be a number" }).int("order must be a whole number").optional(),
    tags: z.array(text("each tag").min(1, "tags must not be empty"), { error: "tags must be a list of words" }).optional(),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `unknown field ${issue.keys.join(", ")}; allowed: title, description, draft, order, tags` : undefined) },
);
export type Frontmatter = z.output<typeof frontmatterSchema>;

/** One text, or (CONTRACT §9) a map by locale: `name: { en: Inbox, fr: Boîte de réception }`. */
const localText = (field: string) =>
  z.union([text(field).min(1, `${field} must not be empty`), z.record(z.string().regex(LOCALE, `${field}: keys must be locale codes like fr`), text(field).min(1, `${field} must not be empty`))], {
    error: `${field} must be text, or a map by locale (en: …, fr: …)`,
  });

export const collectionSchema = z.strictObject({
  id: z.string({ error: "id is required" }).regex(SLUG, "id must be lowercase words joined by hyphens"),
  name: localText("name"),
  description: localText("description"),
  order: z.number({ error: "order is required and must be a number" }).int("order must be a whole number"),
});
export type Collection = z.output<typeof collectionSchema>;

export const collectionsFileSchema = z.array(collectionSchema, { error: "collections.yaml must be a list of collections" });

export function isSlug(value: string): boolean {
  return SLUG.test(value);
}

/** The first issue as one sentence, prefixed with where it is when the message does not say. */
export function describeIssue(error: z.ZodError): { message: string; key?: string } {
  const issue = error.issues[0];
  if (!issue) return { message: "is invalid" };
  const key = issue.path.findLast((part) => typeof part === "string");
  const where = issue.path
    .map((part) => (typeof part === "number" ? `entry ${part + 1}` : part === key && issue.message.includes(part) ? "" : String(part)))
    .filter((part) => part !== "")
    .join(", ");
  const message = where ? `${where}: ${issue.message}` : issue.message;
  return typeof key === "string" && issue.path.length === 1 ? { message, key } : { message };
}
