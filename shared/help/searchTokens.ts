// The one tokenizer of the articles API search: the build runs it over every article to write
// /hc/data/terms.json, and the Worker runs it over the phrase. Both sides must agree exactly,
// so it lives here once, free of Workers and Node globals.

const STOP_WORDS = new Set(
  "a an and are as at be by can do does for from how i if in into is it its my of on or our so than that the their them then there this to was we what when where which who why will with you your".split(" "),
);

/** Lowercase words without accents, stop words or a plural "s"; duplicates kept, in order. */
export function tokens(text: string): string[] {
  const words = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .match(/[\p{L}\p{N}]+/gu);
  if (!words) return [];
  return words.filter((w) => w.length > 1 && !STOP_WORDS.has(w)).map(stem);
}

function stem(word: string): string {
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** Distinct tokens joined by spaces: the compact form stored in terms.json. */
export function termString(text: string): string {
  return [...new Set(tokens(text))].join(" ");
}
