// The Markdown subset Parley messages use (the messenger understands the same one): paragraphs,
// "- " lists, **bold**, *italic*, `code`, [label](https://…) and bare URLs. Parsed into a tree
// so every renderer (email HTML, plain text, the admin preview as Preact nodes) escapes text
// itself and nobody ever assigns a user's text to innerHTML.

export type Inline =
  | { kind: "text"; text: string }
  | { kind: "strong" | "em" | "code"; text: string }
  | { kind: "link"; href: string; text: string };
export type Block = { kind: "paragraph"; lines: Inline[][] } | { kind: "list"; items: Inline[][] };

const INLINE = /\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*|`([^`]+)`|\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])/g;

export function parseInline(line: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of line.matchAll(INLINE)) {
    if (m.index > last) out.push({ kind: "text", text: line.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ kind: "strong", text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: "em", text: m[2] });
    else if (m[3] !== undefined) out.push({ kind: "code", text: m[3] });
    else if (m[4] !== undefined && m[5] !== undefined) out.push({ kind: "link", href: m[5], text: m[4] });
    else if (m[6] !== undefined) out.push({ kind: "link", href: m[6], text: m[6] });
    last = m.index + m[0].length;
  }
  if (last < line.length) out.push({ kind: "text", text: line.slice(last) });
  return out;
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    const lines = chunk.split("\n").map((l) => l.trimEnd()).filter((l) => l.trim() !== "");
    if (lines.length === 0) continue;
    if (lines.every((l) => /^\s*[-*] /.test(l))) {
      blocks.push({ kind: "list", items: lines.map((l) => parseInline(l.replace(/^\s*[-*] /, ""))) });
    } else {
      blocks.push({ kind: "paragraph", lines: lines.map(parseInline) });
    }
  }
  return blocks;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function inlineHtml(inline: Inline): string {
  const text = escapeHtml(inline.text);
  switch (inline.kind) {
    case "text":
      return text;
    case "strong":
      return `<strong>${text}</strong>`;
    case "em":
      return `<em>${text}</em>`;
    case "code":
      return `<code>${text}</code>`;
    case "link":
      return `<a href="${escapeHtml(inline.href)}">${text}</a>`;
  }
}

export function markdownToHtml(source: string): string {
  return parseMarkdown(source)
    .map((block) =>
      block.kind === "list"
        ? `<ul>${block.items.map((item) => `<li>${item.map(inlineHtml).join("")}</li>`).join("")}</ul>`
        : `<p>${block.lines.map((line) => line.map(inlineHtml).join("")).join("<br>")}</p>`,
    )
    .join("\n");
}

function inlineText(inline: Inline): string {
  return inline.kind === "link" && inline.text !== inline.href ? `${inline.text} (${inline.href})` : inline.text;
}

export function markdownToText(source: string): string {
  return parseMarkdown(source)
    .map((block) =>
      block.kind === "list"
        ? block.items.map((item) => `- ${item.map(inlineText).join("")}`).join("\n")
        : block.lines.map((line) => line.map(inlineText).join("")).join("\n"),
    )
    .join("\n\n");
}
