// GET /api/articles/search: every word of the phrase must appear in the article (the last one may
// be the start of a word, as people type); title matches weigh most, then the description, then
// the body. Tokens come from shared/help/searchTokens.ts, the same function the build used.
import { tokens } from "../../shared/help/searchTokens.ts";
import { localArticle } from "./localized.ts";
import type { Manifest } from "./manifestSchema.ts";

export interface Searchable {
  id: string;
  title: string;
  description: string;
  /** Distinct body tokens, space-separated (terms.json). */
  terms: string;
}

export interface Scored {
  id: string;
  score: number;
}

const WEIGHTS = { title: 3, description: 2, body: 1 };

/** Every article in one language: its translation where it has one, else the default language's text. */
export function searchableIn(manifest: Manifest, terms: Readonly<Record<string, string>>, locale: string): Searchable[] {
  return manifest.articles.map((article) => {
    const local = localArticle(manifest, article, locale);
    return { id: article.id, title: local.title, description: local.description, terms: terms[local.bodyKey] ?? "" };
  });
}

export function searchArticles(phrase: string, articles: readonly Searchable[]): Scored[] {
  const wanted = [...new Set(tokens(phrase))];
  if (wanted.length === 0) return [];
  const last = wanted[wanted.length - 1] ?? "";
  const results: Scored[] = [];
  for (const article of articles) {
    const fields = { title: new Set(tokens(article.title)), description: new Set(tokens(article.description)), body: new Set(article.terms.split(" ")) };
    let score = 0;
    let all = true;
    for (const word of wanted) {
      const prefix = word === last && word.length >= 3;
      const hit = (set: Set<string>) => set.has(word) || (prefix && [...set].some((t) => t.startsWith(word)));
      const points = (hit(fields.title) ? WEIGHTS.title : 0) + (hit(fields.description) ? WEIGHTS.description : 0) + (hit(fields.body) ? WEIGHTS.body : 0);
      if (points === 0) {
        all = false;
        break;
      }
      score += points;
    }
    if (all) results.push({ id: article.id, score });
  }
  return results.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

export interface Segment {
  type: "plain" | "highlight";
  text: string;
}

/** Intercom's highlight shape: the text cut into plain and highlighted runs. */
export function highlight(text: string, phrase: string): Segment[] {
  const wanted = new Set(tokens(phrase));
  const segments: Segment[] = [];
  for (const piece of text.split(/([\p{L}\p{N}]+)/u)) {
    if (piece === "") continue;
    const type = tokens(piece).some((t) => wanted.has(t)) ? "highlight" : "plain";
    const previous = segments[segments.length - 1];
    if (previous && previous.type === type) previous.text += piece;
    else segments.push({ type, text: piece });
  }
  return segments;
}
