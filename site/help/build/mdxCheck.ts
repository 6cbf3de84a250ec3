// MDX traps, found before anything is rendered: a paragraph that starts with `import`/`export`
// (MDX reads it as JavaScript), `{…}` expressions, unclosed or unknown JSX, and disallowed
// attributes. Also collects the article's links for the cross-article link check.
import type { Nodes } from "mdast";
import { mdxToMdast } from "satteri";
import { COMPONENTS, ELEMENTS } from "./components.ts";

export interface MdxFinding {
  line: number;
  message: string;
}

export interface MdxLink {
  url: string;
  line: number;
}

export interface MdxCheck {
  problems: MdxFinding[];
  links: MdxLink[];
}

export function checkMdx(body: string): MdxCheck {
  let tree: Nodes;
  try {
    tree = mdxToMdast(body);
  } catch (error) {
    return { problems: [parseFailure(error)], links: [] };
  }
  const result: MdxCheck = { problems: [], links: [] };
  visit(tree, result);
  return result;
}

function parseFailure(error: unknown): MdxFinding {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+): (.*?)(?: \(\d+:\d+\))?(?: \([\w:-]+\))?$/.exec(text);
  if (!match) return { line: 1, message: `MDX cannot read this file: ${text}` };
  const message = match[3]?.replace(/\.$/, "") ?? text;
  return { line: Number(match[1]), message: `MDX cannot read this: ${message}` };
}

/** Deeper nesting is no article's need, and walking (or rendering) it would overflow the stack. */
const MAX_NESTING = 100;

function visit(node: Nodes, out: MdxCheck, depth = 0): void {
  const line = node.position?.start.line ?? 1;
  if (depth > MAX_NESTING) {
    out.problems.push({ line, message: `quotes, lists or tags nest more than ${MAX_NESTING} levels deep here; flatten them` });
    return;
  }
  switch (node.type) {
    case "mdxjsEsm": {
      const word = node.value.trimStart().split(/\s/)[0] ?? "import";
      const escaped = `&#${word.charCodeAt(0)};${word.slice(1)}`;
      out.problems.push({ line, message: `a paragraph starting with "${word}" is read by MDX as JavaScript; reword it or write ${escaped}` });
      return;
    }
    case "mdxFlowExpression":
    case "mdxTextExpression":
      out.problems.push({ line, message: `{${node.value.slice(0, 30)}} is a JavaScript expression in MDX; put code in backticks or escape the brace as \\{` });
      return;
    case "mdxJsxFlowElement":
    case "mdxJsxTextElement":
      checkJsx(node.name, node.attributes, line, out);
      break;
    case "link":
    case "definition":
      out.links.push({ url: node.url, line });
      break;
    case "image":
      if (!/^(https:\/\/|\/)/.test(node.url)) out.problems.push({ line, message: `image ${node.url} must be an https:// URL or a path starting with /` });
      break;
  }
  if ("children" in node) for (const child of node.children) visit(child, out, depth + 1);
}

type JsxNode = Extract<Nodes, { type: "mdxJsxFlowElement" }>;

function checkJsx(name: string | null, attributes: JsxNode["attributes"], line: number, out: MdxCheck): void {
  if (name === null) return;
  const allowed = COMPONENTS[name]?.attributes ?? ELEMENTS[name];
  if (!allowed) {
    const known = [...Object.keys(COMPONENTS), ...Object.keys(ELEMENTS)].join(", ");
    out.problems.push({ line, message: `<${name}> is not allowed in articles; use Markdown or one of: ${known}` });
    return;
  }
  for (const attribute of attributes) {
    if (attribute.type === "mdxJsxExpressionAttribute") {
      out.problems.push({ line, message: `<${name} {…}> spreads JavaScript; write plain attributes` });
    } else if (attribute.value !== null && typeof attribute.value === "object") {
      out.problems.push({ line, message: `<${name} ${attribute.name}={…}> is a JavaScript expression; use ${attribute.name}="text"` });
    } else if (!allowed.includes(attribute.name)) {
      const list = allowed.length ? allowed.join(", ") : "none";
      out.problems.push({ line, message: `<${name}> does not take ${attribute.name}; allowed attributes: ${list}` });
    } else if (name === "img" && attribute.name === "src" && !/^(https:\/\/|\/)/.test(String(attribute.value ?? ""))) {
      out.problems.push({ line, message: `<img src> must be an https:// URL or a path starting with /` });
    }
  }
}
