// What the e2e help-center tests need to know about the real content: each draft with a title, a
// sentence and a word that no published article has, taken from content/ and the built search terms.
import { readFileSync } from "node:fs";
import { loadContent } from "../../site/help/build/loadContent.ts";
import { versionKey } from "../../site/help/build/locales.ts";
import { htmlToText } from "../../site/help/build/render.ts";

export interface DraftMarks {
  /** The version's key: its id, or `<locale>/<id>` for a translation (also its page's path). */
  id: string;
  locale: string;
  /** Why it is a draft: its own `draft: true`, or (a translation) its original's. */
  reason: "own" | "original";
  title: string;
  sentence: string;
  word: string;
}

function terms(path: string): Record<string, string> {
  const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
  if (typeof parsed !== "object" || parsed === null || !("articles" in parsed) || typeof parsed.articles !== "object" || parsed.articles === null) {
    throw new Error(`${path} has no articles`);
  }
  return Object.fromEntries(Object.entries(parsed.articles).filter((e): e is [string, string] => typeof e[1] === "string"));
}

export function draftMarks(): DraftMarks[] {
  const { articles, languages } = loadContent({ root: process.cwd(), drafts: true, base: "/" });
  const originalDraft = new Set(articles.filter((a) => a.locale === languages.defaultLocale && a.frontmatter.draft).map((a) => a.id));
  const publicText = articles
    .filter((a) => !a.frontmatter.draft)
    .map((a) => a.text)
    .join("\n");
  const publicWords = new Set(Object.values(terms("dist/public/hc/data/terms.json")).flatMap((t) => t.split(" ")));
  const draftTerms = terms("dist/preview/admin/help/hc/data/terms.json");
  return articles
    .filter((a) => a.frontmatter.draft)
    .map((a) => {
      // Sentences of plain paragraphs (no inline markup), so the text appears as is in any output.
      const plain = [...a.html.matchAll(/<p>([^<]*)<\/p>/g)].map((m) => htmlToText(m[1] ?? ""));
      const sentences = plain.flatMap((p) => p.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 30 && !publicText.includes(s));
      const sentence = sentences.sort((x, y) => y.length - x.length)[0] ?? "";
      // The longest of its own words that starts unlike any published word (Pagefind stems and
      // matches prefixes, so "currently" would find "current").
      const stems = new Set([...publicWords].map((w) => w.slice(0, 5)));
      const key = versionKey(a.id, a.locale, languages);
      const words = (draftTerms[key] ?? "").split(" ").filter((w) => w.length > 5 && !stems.has(w.slice(0, 5)));
      const word = words.sort((x, y) => y.length - x.length)[0] ?? "";
      const reason = a.locale !== languages.defaultLocale && originalDraft.has(a.id) ? ("original" as const) : ("own" as const);
      return { id: key, locale: a.locale, reason, title: a.frontmatter.title, sentence, word };
    });
}
