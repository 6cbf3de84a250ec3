// Reads content/ from disk: the collections file and every file under content/articles.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parseYaml } from "./frontmatter.ts";
import type { ContentProblem } from "./problems.ts";
import { ENGLISH_ONLY, type Languages, type LocalText } from "./locales.ts";
import { collectionsFileSchema, describeIssue, type Collection } from "./schema.ts";

export const COLLECTIONS_FILE = "content/collections.yaml";

/** First path segments the Worker or the build already own: a collection there would be shadowed. */
export const RESERVED_IDS = new Set(["admin", "api", "widget", "messenger", "messenger-assets", "hc", "pagefind", "preview"]);

export function readCollections(root: string, languages: Languages = ENGLISH_ONLY): { collections: Collection[]; problems: ContentProblem[] } {
  const file = COLLECTIONS_FILE;
  let text: string;
  try {
    text = readFileSync(join(root, file), "utf8");
  } catch {
    return { collections: [], problems: [{ file, message: "is missing; list the collections (id, name, description, order) there" }] };
  }
  const yaml = parseYaml(text, 1);
  if (!yaml.ok) return { collections: [], problems: [{ file, line: yaml.line, message: yaml.message }] };
  const parsed = collectionsFileSchema.safeParse(yaml.data);
  if (!parsed.success) return { collections: [], problems: [{ file, message: describeIssue(parsed.error).message }] };
  const seen = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const collection of parsed.data) {
    if (seen.has(collection.id)) problems.push({ file, message: `collection id "${collection.id}" is listed twice` });
    if (RESERVED_IDS.has(collection.id)) problems.push({ file, message: `collection id "${collection.id}" is taken by Parley's own paths (/${collection.id}/); choose another` });
    if (languages.locales.includes(collection.id)) problems.push({ file, message: `collection id "${collection.id}" is also a locale in content/site.yaml (/${collection.id}/ is that language's home); choose another` });
    for (const field of ["name", "description"] as const) problems.push(...localTextProblems(collection[field], `collection "${collection.id}": ${field}`, languages).map((message) => ({ file, message })));
    seen.add(collection.id);
  }
  return { collections: parsed.data, problems };
}

/** A map by locale must name the default language and only languages the site has. */
export function localTextProblems(value: LocalText, where: string, languages: Languages): string[] {
  if (typeof value === "string") return [];
  const problems = Object.keys(value)
    .filter((locale) => !languages.locales.includes(locale))
    .map((locale) => `${where} has a ${locale} text, but ${locale} is not in locales in content/site.yaml`);
  if (!(languages.defaultLocale in value)) problems.push(`${where} needs a ${languages.defaultLocale} text (the default language)`);
  return problems;
}

/** Every file below `dir`, as repository-relative paths with forward slashes, sorted. */
export function listFiles(root: string, dir: string): string[] {
  const base = join(root, dir);
  let entries;
  try {
    entries = readdirSync(base, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

export function readText(root: string, file: string): string {
  return readFileSync(join(root, file), "utf8");
}
