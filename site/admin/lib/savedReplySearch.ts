import type { SavedReply } from "../../../shared/savedReplies/savedReply.ts";

// Fuzzy search for the composer's saved-reply picker: the query's characters must appear in order
// in the reply's name (or, worth less, its body); contiguous runs, word starts and an early first
// match score higher, so "thks" finds "Thanks" and "Thanks, closing" ranks a prefix match first.

/** Higher is better; null when the characters of `query` do not all appear, in order, in `text`. */
export function fuzzyScore(query: string, text: string): number | null {
  const q = query.toLowerCase().replace(/\s+/g, "");
  const t = text.toLowerCase();
  if (q === "") return 0;
  let score = 0;
  let from = 0;
  let previous = -2;
  for (const char of q) {
    const at = t.indexOf(char, from);
    if (at < 0) return null;
    score += 1;
    if (at === previous + 1) score += 3;
    if (at === 0 || /[\s\-_/.,:]/.test(t[at - 1] ?? "")) score += 2;
    previous = at;
    from = at + 1;
  }
  const first = t.indexOf(q[0] ?? "");
  return score - Math.min(first, 10) * 0.1 - t.length * 0.001;
}

/** Matching replies, best first (ties: by name); all of them, by name, for an empty query. */
export function rankSavedReplies(query: string, replies: readonly SavedReply[], limit = 8): SavedReply[] {
  const scored = replies.flatMap((reply) => {
    const byName = fuzzyScore(query, reply.name);
    const byBody = fuzzyScore(query, reply.body);
    const score = byName !== null ? byName + 100 : byBody;
    return score === null ? [] : [{ reply, score }];
  });
  scored.sort((a, b) => b.score - a.score || a.reply.name.localeCompare(b.reply.name));
  return scored.slice(0, limit).map((s) => s.reply);
}

/**
 * The picker's query when the caret ends a word that starts with `/` or `#` at the start of the
 * text or after a space: where that word starts and what follows the trigger. "50/50" or a URL is
 * not a trigger.
 */
export function pickerQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)([/#])([^\s/#]{0,40})$/.exec(before);
  if (!match) return null;
  const query = match[3] ?? "";
  return { start: caret - query.length - 1, query };
}
