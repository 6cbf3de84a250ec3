// Intercom article bodies are HTML; articles here are MDX. Turndown writes the Markdown, with two
// additions (GFM tables, Intercom callouts) and the escapes MDX needs: `{`, `}` and `<` in text,
// and a character reference for a paragraph that would start with `import` or `export`.
import TurndownService from "turndown";
import { scriptScheme } from "./links.ts";

/** The little of the DOM (Turndown's, in Node) these rules touch; the build code has no DOM types. */
interface Element {
  nodeName: string;
  innerHTML: string;
  className: string;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<Element>;
}

function isElement(node: unknown): node is Element {
  return typeof node === "object" && node !== null && "nodeName" in node && "innerHTML" in node && "querySelectorAll" in node && "getAttribute" in node;
}

function cellText(service: TurndownService, cell: Element): string {
  return service.turndown(cell.innerHTML).replace(/\n+/g, " ").replace(/\|/g, "\\|").trim();
}

function tableMarkdown(service: TurndownService, table: Element): string {
  const rows = Array.from(table.querySelectorAll("tr"), (row) => Array.from(row.querySelectorAll("th, td"), (cell) => cellText(service, cell)));
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (width === 0) return "";
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? "").join(" | ")} |`;
  const [head = [], ...body] = rows;
  return `\n\n${[line(head), line(Array.from({ length: width }, () => "---")), ...body.map(line)].join("\n")}\n\n`;
}

const REMOVED = new Set(["SCRIPT", "STYLE", "IFRAME", "OBJECT", "EMBED", "FORM"]);

/** Tells the importer what was dropped on the way, so nothing changes silently. */
export type DropNote = (text: string) => void;

export function createConverter(): (html: string, note?: DropNote) => string {
  const service = new TurndownService({ headingStyle: "atx", codeBlockStyle: "fenced", bulletListMarker: "-", emDelimiter: "_" });
  let note: DropNote = () => {};
  // Script never becomes content; event handlers vanish with the HTML attributes Markdown lacks.
  service.remove((node: unknown) => isElement(node) && REMOVED.has(node.nodeName));
  service.addRule("script link", {
    filter: (node: unknown) => isElement(node) && node.nodeName === "A" && scriptScheme(node.getAttribute("href") ?? "") !== null,
    replacement: (content: string, node: unknown) => {
      note(`dropped a ${isElement(node) ? scriptScheme(node.getAttribute("href") ?? "") : "script"} link and kept its text "${content.trim().slice(0, 40)}"`);
      return content;
    },
  });
  service.addRule("unsafe image", {
    filter: (node: unknown) => isElement(node) && node.nodeName === "IMG" && !/^(https:\/\/|\/)/i.test((node.getAttribute("src") ?? "").trim()),
    replacement: (_content: string, node: unknown) => {
      note(`dropped an image whose source is not an https:// URL (${(isElement(node) ? (node.getAttribute("src") ?? "") : "").slice(0, 30)}…)`);
      return "";
    },
  });
  const escapeMarkdown = service.escape.bind(service);
  service.escape = (text: string) => escapeMarkdown(text).replace(/[{}<]/g, "\\$&");
  service.addRule("table", {
    filter: (node: unknown) => isElement(node) && node.nodeName === "TABLE",
    replacement: (content: string, node: unknown) => (isElement(node) ? tableMarkdown(service, node) : content),
  });
  service.addRule("callout", {
    filter: (node: unknown) => isElement(node) && node.nodeName === "DIV" && node.className.split(/\s+/).includes("intercom-interblocks-callout"),
    replacement: (content: string) => `\n\n<Callout type="note">\n\n${content.trim()}\n\n</Callout>\n\n`,
  });
  return (html, onDrop) => {
    note = onDrop ?? (() => {});
    return guardEsmParagraphs(service.turndown(html)).trim() + "\n";
  };
}

/** Outside fenced code, a block that starts with import/export gets a character reference. */
export function guardEsmParagraphs(markdown: string): string {
  return markdown
    .split(/(^```[\s\S]*?^```)/m)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(^|\n\n)(import|export)\b/g, (_m, before: string, word: string) => `${before}&#${word.charCodeAt(0)};${word.slice(1)}`)))
    .join("");
}
