// Markdown as email HTML: every piece of the author's text is escaped, and links are the parser's
// allow-listed http(s) and mailto targets only.
import { parseMarkdown, type Inline, type Line } from "./parse.ts";

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

const lineHtml = (line: Line) => line.map(inlineHtml).join("");

export function markdownToHtml(source: string): string {
  return parseMarkdown(source)
    .map((block) =>
      block.kind === "list"
        ? `<ul>${block.items.map((item) => `<li>${lineHtml(item)}</li>`).join("")}</ul>`
        : `<p>${block.lines.map(lineHtml).join("<br>")}</p>`,
    )
    .join("\n");
}
