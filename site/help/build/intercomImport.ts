// Plans an import from Intercom without touching the disk: which collections to add, which .mdx
// files to write, and notes for everything that was changed on the way (nothing silently).
import { stringify } from "yaml";
import { ARTICLES_DIR } from "./checkArticle.ts";
import { createConverter } from "./htmlToMdx.ts";
import type { IntercomArticle, IntercomCollection, IntercomExport } from "./intercomExport.ts";
import { RESERVED_IDS } from "./readContent.ts";
import { htmlToText, slugify } from "./render.ts";
import { MAX_DESCRIPTION, type Collection } from "./schema.ts";

export interface ImportPlan {
  collections: Collection[];
  files: { path: string; text: string }[];
  notes: string[];
}

export interface ExistingContent {
  collections: readonly Collection[];
  files: ReadonlySet<string>;
  /** Overwrite existing files instead of keeping them. */
  force?: boolean;
  /** The site's languages (content/site.yaml), the default first: translations in them are kept. */
  locales?: readonly string[];
}

const FALLBACK = { id: "imported", name: "Imported", description: "Articles imported from Intercom without a collection." };

function unique(base: string, taken: (candidate: string) => boolean): string {
  let candidate = base;
  for (let n = 2; taken(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

export function shortDescription(text: string): string {
  if (text.length <= MAX_DESCRIPTION) return text;
  const cut = text.slice(0, MAX_DESCRIPTION - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > 80 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

export function planImport(exported: IntercomExport, existing: ExistingContent): ImportPlan {
  const plan: ImportPlan = { collections: [], files: [], notes: [] };
  const known = new Map(existing.collections.map((c) => [c.id, c]));
  const byIntercomId = new Map(exported.collections.map((c) => [c.id, c]));
  const targetOf = new Map<string, string>();
  let nextOrder = Math.max(0, ...existing.collections.map((c) => c.order)) + 1;

  const ensure = (name: string, description: string, order: number | null): string => {
    const slug = slugify(name);
    const base = RESERVED_IDS.has(slug) ? `${slug}-articles` : slug;
    if (known.has(base)) return base;
    const collection = { id: base, name, description: description || `Articles about ${name}.`, order: order ?? nextOrder++ };
    if (!description) plan.notes.push(`collection ${base}: Intercom gave no description; wrote "${collection.description}"`);
    known.set(base, collection);
    plan.collections.push(collection);
    return base;
  };
  const rootOf = (c: IntercomCollection): IntercomCollection => {
    const parent = c.parent_id === null ? undefined : byIntercomId.get(c.parent_id);
    return parent && parent !== c ? rootOf(parent) : c;
  };
  for (const collection of exported.collections) {
    const root = rootOf(collection);
    targetOf.set(collection.id, ensure(root.name, root.description?.trim() ?? "", root.order ?? null));
  }

  const convert = createConverter();
  const planned = new Set<string>();
  for (const article of exported.articles) {
    const collection = (article.parent_id !== null && targetOf.get(article.parent_id)) || ensure(FALLBACK.name, FALLBACK.description, null);
    const slug = unique(slugify(article.title), (s) => planned.has(`${ARTICLES_DIR}/${collection}/${s}.mdx`));
    const path = `${ARTICLES_DIR}/${collection}/${slug}.mdx`;
    planned.add(path);
    if (existing.files.has(path) && !existing.force) {
      plan.notes.push(`${path}: already exists; kept (pass --force to overwrite)`);
      continue;
    }
    plan.files.push({ path, text: articleFile(article, convert, (note) => plan.notes.push(`${path}: ${note}`)) });
    planTranslations(plan, article, `${ARTICLES_DIR}/${collection}/${slug}`, existing, convert);
  }
  return plan;
}

/** Intercom's translated_content as `<slug>.<locale>.mdx` beside the original, in the site's languages. */
function planTranslations(plan: ImportPlan, article: IntercomArticle, stem: string, existing: ExistingContent, convert: Converter): void {
  const locales = existing.locales ?? ["en"];
  const original = article.default_locale ?? locales[0];
  for (const { locale, content } of article.translated_content ?? []) {
    if (locale === original || locale === locales[0]) continue;
    const path = `${stem}.${locale}.mdx`;
    if (!locales.includes(locale)) {
      plan.notes.push(`${path}: not written; add ${locale} to locales in content/site.yaml and import again to keep this translation`);
      continue;
    }
    if (existing.files.has(path) && !existing.force) {
      plan.notes.push(`${path}: already exists; kept (pass --force to overwrite)`);
      continue;
    }
    plan.files.push({ path, text: articleFile({ ...article, ...content }, convert, (note) => plan.notes.push(`${path}: ${note}`)) });
  }
}

type Converter = (html: string, note: (text: string) => void) => string;

function articleFile(article: IntercomArticle, convert: Converter, note: (text: string) => void): string {
  const body = convert(article.body ?? "", note);
  let description = (article.description ?? "").replace(/\s+/g, " ").trim();
  const comments: string[] = [];
  if (!description) {
    description = shortDescription(htmlToText(article.body ?? "").split(/(?<=[.!?])\s/)[0] ?? article.title) || article.title;
    note("Intercom gave no description; used the first sentence of the body");
  } else if (description.length > MAX_DESCRIPTION) {
    comments.push(`# Intercom's description (${description.length} characters) was shortened to ${MAX_DESCRIPTION}; rewrite it:`, `# ${description}`);
    note(`description shortened from ${description.length} to ${MAX_DESCRIPTION} characters; the original is kept in a comment in the frontmatter`);
    description = shortDescription(description);
  }
  const frontmatter = stringify({ title: article.title, description, ...(article.state === "draft" ? { draft: true } : {}) }, { lineWidth: 0 });
  return `---\n${[...comments, frontmatter.trimEnd()].join("\n")}\n---\n\n${body}`;
}
