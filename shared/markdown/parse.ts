// Parley's one Markdown dialect, for messages in the messenger and the inbox, in-app and email
// messages and their previews: paragraphs (blank lines), line breaks, "- " lists, **bold**,
// *italic*, `code`, [label](url) and bare URLs. It parses to a small tree, never to HTML, so each
// renderer escapes text itself (email HTML) or emits text nodes (Preact): nothing a sender writes
// can become markup.

export type Inline =
  | { kind: "text"; text: string }
  | { kind: "strong" | "em" | "code"; text: string }
  | { kind: "link"; href: string; text: string };
export type Line = Inline[];
export type Block = { kind: "paragraph"; lines: Line[] } | { kind: "list"; items: Line[] };

const INLINE =
  /\*\*([^*]+)\*\*|\*([^*\s](?:[^*]*[^*\s])?)\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])/g;
const SAFE_HREF = /^(?:https?:\/\/[^\s<>"]+|mailto:[^\s<>"]+)$/i;
const LIST_ITEM = /^\s*[-*] /;

/** Only web and mail links: javascript:, data:, relative and every other target stay plain text. */
export function safeHref(href: string): string | null {
  return SAFE_HREF.test(href) ? href : null;
}

export function parseInline(line: string): Line {
  const out: Line = [];
  let last = 0;
  const text = (value: string) => {
    const previous = out.at(-1);
    if (previous?.kind === "text") previous.text += value;
    else out.push({ kind: "text", text: value });
  };
  for (const m of line.matchAll(INLINE)) {
    const [whole, strong, em, code, label, target, bare] = m;
    if (m.index > last) text(line.slice(last, m.index));
    if (strong !== undefined) out.push({ kind: "strong", text: strong });
    else if (em !== undefined) out.push({ kind: "em", text: em });
    else if (code !== undefined) out.push({ kind: "code", text: code });
    else if (label !== undefined && target !== undefined) {
      const href = safeHref(target);
      if (href) out.push({ kind: "link", href, text: label });
      else text(whole);
    } else if (bare !== undefined) out.push({ kind: "link", href: bare, text: bare });
    last = m.index + whole.length;
  }
  if (last < line.length) text(line.slice(last));
  return out;
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/)) {
    const lines = chunk
      .split("\n")
      .map((l) => l.trimEnd())
      .filter((l) => l.trim() !== "");
    if (lines.length === 0) continue;
    if (lines.every((l) => LIST_ITEM.test(l))) {
      blocks.push({ kind: "list", items: lines.map((l) => parseInline(l.replace(LIST_ITEM, ""))) });
    } else {
      blocks.push({ kind: "paragraph", lines: lines.map(parseInline) });
    }
  }
  return blocks;
}
