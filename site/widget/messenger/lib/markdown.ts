// Markdown-lite for messages: **bold**, *italic*, `code`, [links](https://…) and bare URLs, and
// line breaks. It produces tokens, never HTML, so nothing a sender writes can become markup.
export type Token =
  | { kind: "text"; text: string }
  | { kind: "strong" | "em" | "code"; text: string }
  | { kind: "link"; text: string; href: string }
  | { kind: "break" };

const PATTERN = /\*\*([^*\n]+)\*\*|\*([^*\n]+)\*|`([^`\n]+)`|\[([^\]\n]+)\]\(([^)\s]+)\)|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])|(\n)/g;

/** Only web and mail links: javascript:, data: and the rest stay plain text. */
export function safeHref(href: string): string | null {
  try {
    const url = new URL(href);
    return url.protocol === "https:" || url.protocol === "http:" || url.protocol === "mailto:" ? url.href : null;
  } catch {
    return null;
  }
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of source.matchAll(PATTERN)) {
    const index = match.index ?? 0;
    if (index > last) tokens.push({ kind: "text", text: source.slice(last, index) });
    const [whole, strong, em, code, label, href, bare, newline] = match;
    if (strong !== undefined) tokens.push({ kind: "strong", text: strong });
    else if (em !== undefined) tokens.push({ kind: "em", text: em });
    else if (code !== undefined) tokens.push({ kind: "code", text: code });
    else if (label !== undefined && href !== undefined) {
      const safe = safeHref(href);
      tokens.push(safe ? { kind: "link", text: label, href: safe } : { kind: "text", text: whole });
    } else if (bare !== undefined) {
      const safe = safeHref(bare);
      tokens.push(safe ? { kind: "link", text: bare, href: safe } : { kind: "text", text: bare });
    } else if (newline !== undefined) tokens.push({ kind: "break" });
    last = index + whole.length;
  }
  if (last < source.length) tokens.push({ kind: "text", text: source.slice(last) });
  return tokens;
}
