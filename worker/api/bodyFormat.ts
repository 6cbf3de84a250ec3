// Intercom's REST bodies are HTML; Parley stores plain text (the messenger renders it safely).
// Incoming HTML becomes text; outgoing text becomes escaped paragraphs.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'", nbsp: " " };

/**
 * One pass over the body, each character read once: regular expressions like `<[^>]*>` rescan the
 * rest of the input from every `<`, which a megabyte of unclosed tags turns into minutes.
 */
export function htmlToText(body: string): string {
  if (!looksLikeHtml(body)) return body;
  let text = "";
  let at = 0;
  while (at < body.length) {
    const open = body.indexOf("<", at);
    const close = open === -1 ? -1 : body.indexOf(">", open + 1);
    // No `>` after this `<` means no tag anywhere after it either: the rest is text.
    if (close === -1) {
      text += body.slice(at);
      break;
    }
    text += body.slice(at, open);
    if (BREAKING_TAG.test(body.slice(open + 1, close))) text += "\n";
    at = close + 1;
  }
  return text
    .replace(/&(#?[a-z0-9]+);/gi, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const BREAKING_TAG = /^(br\s*\/?|\/(p|div|li|h[1-6]))$/i;

/** A tag-like `<letter` with a `>` somewhere after it. */
function looksLikeHtml(body: string): boolean {
  const lastClose = body.lastIndexOf(">");
  return lastClose > 0 && /<[a-z]/i.test(body.slice(0, lastClose));
}

export function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
}

export function textToHtml(text: string): string {
  if (text === "") return "";
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replaceAll("\n", "<br>")}</p>`)
    .join("");
}
