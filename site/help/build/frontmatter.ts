// Splits an article into its YAML frontmatter and its MDX body. The body keeps its place in the
// file (the frontmatter lines are blanked, not removed) so MDX errors report the real line.
import { parseDocument } from "yaml";

export type FrontmatterResult =
  | { ok: true; data: unknown; yamlText: string; firstLine: number; body: string }
  | { ok: false; line: number; message: string };

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /\r?\n---[ \t]*(?:\r?\n|$)/;

export function splitFrontmatter(source: string): FrontmatterResult {
  const text = source.replace(/^\uFEFF/, "");
  const open = OPEN.exec(text);
  if (!open) return { ok: false, line: 1, message: "the file must start with frontmatter between --- lines (title and description)" };
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return { ok: false, line: 1, message: "the frontmatter is not closed: add a line with --- after it" };
  const yamlText = rest.slice(0, close.index);
  const parsed = parseYaml(yamlText, 2);
  if (!parsed.ok) return parsed;
  const headerLines = countLines(open[0] + yamlText + close[0]);
  const body = "\n".repeat(headerLines) + rest.slice(close.index + close[0].length);
  return { ok: true, data: parsed.data ?? {}, yamlText, firstLine: 2, body };
}

export function parseYaml(yamlText: string, firstLine: number): { ok: true; data: unknown } | { ok: false; line: number; message: string } {
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const lastLine = countLines(yamlText.trimEnd());
    const line = Math.min(countLines(yamlText.slice(0, error.pos[0])), lastLine) + firstLine;
    return { ok: false, line, message: `invalid YAML: ${error.message.split("\n")[0]}` };
  }
  try {
    return { ok: true, data: doc.toJS() };
  } catch (error) {
    // toJS refuses aliases that expand without bound ("billion laughs"); name the file, not a stack trace.
    return { ok: false, line: firstLine, message: `invalid YAML: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function countLines(text: string): number {
  return text.split("\n").length - 1;
}
