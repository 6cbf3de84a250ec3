// Markdown as plain text: the words it stands for, for email text parts and for previews.
import { parseMarkdown, type Inline, type Line } from "./parse.ts";

function inlineText(inline: Inline): string {
  return inline.kind === "link" && inline.text !== inline.href ? `${inline.text} (${inline.href})` : inline.text;
}

const lineText = (line: Line) => line.map(inlineText).join("");

/** An email's text part: paragraphs, "- " items and link targets stay readable. */
export function markdownToText(source: string): string {
  return parseMarkdown(source)
    .map((block) => (block.kind === "list" ? block.items.map((item) => `- ${lineText(item)}`).join("\n") : block.lines.map(lineText).join("\n")))
    .join("\n\n");
}

/** A preview on one line: no asterisks, backticks or link targets, whitespace collapsed. */
export function toPlainText(source: string): string {
  return parseMarkdown(source)
    .flatMap((block) => (block.kind === "list" ? block.items : block.lines))
    .map((line) => line.map((inline) => inline.text).join(""))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}
