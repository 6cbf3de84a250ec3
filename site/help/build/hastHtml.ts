// Serialises the HTML tree satteri parses an article into, calling the allow-listed components
// for MDX JSX. No JavaScript is generated or evaluated per article: this is what keeps 10,000
// articles in seconds (see docs/helpCenter.md).
import type { Nodes as HastNodes } from "hast";
import { COMPONENTS, ELEMENTS } from "./components.ts";
import { escapeHtml, Html, type Props } from "./safeHtml.ts";

export type ElementHook = (tag: string, attributes: Record<string, string | true>, textOf: () => string) => Record<string, string | true>;

const VOID = new Set(["area", "br", "col", "hr", "img", "input", "wbr"]);

/** hast property names to HTML attribute names: className → class, ariaLabel → aria-label… */
export function attributeName(property: string): string {
  if (property === "className") return "class";
  if (property === "htmlFor") return "for";
  if (/^(aria|data)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}

function attributesOf(properties: Record<string, unknown>): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (const [name, value] of Object.entries(properties)) {
    if (value === null || value === undefined || value === false) continue;
    out[attributeName(name)] = value === true ? true : Array.isArray(value) ? value.join(" ") : String(value);
  }
  return out;
}

function open(tag: string, attributes: Record<string, string | true>): string {
  let out = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`;
  return `${out}>`;
}

export function textOf(node: HastNodes): string {
  if (node.type === "text") return node.value;
  return "children" in node ? node.children.map(textOf).join("") : "";
}

export function toHtml(node: HastNodes, hook: ElementHook): string {
  switch (node.type) {
    case "root":
      return node.children.map((child) => toHtml(child, hook)).join("");
    case "text":
      return escapeHtml(node.value);
    case "element": {
      const attributes = hook(node.tagName, attributesOf(node.properties), () => textOf(node));
      if (VOID.has(node.tagName)) return open(node.tagName, attributes);
      return `${open(node.tagName, attributes)}${node.children.map((child) => toHtml(child, hook)).join("")}</${node.tagName}>`;
    }
    case "mdxJsxFlowElement":
    case "mdxJsxTextElement": {
      const name = node.name ?? "";
      const attributes: Record<string, string | true> = {};
      for (const attribute of node.attributes) {
        if (attribute.type !== "mdxJsxAttribute" || (attribute.value !== null && typeof attribute.value !== "string")) throw new Error(`<${name}> has a JavaScript attribute`);
        attributes[attribute.name] = attribute.value ?? true;
      }
      const inner = node.children.map((child) => toHtml(child, hook)).join("");
      const component = COMPONENTS[name];
      if (component) return component.render({ ...attributes, children: new Html(inner) } satisfies Props).html;
      if (!ELEMENTS[name]) throw new Error(`<${name}> is not allowed`);
      const final = hook(name, attributes, () => textOf(node));
      return VOID.has(name) ? open(name, final) : `${open(name, final)}${inner}</${name}>`;
    }
    case "comment":
    case "doctype":
      return "";
    default:
      throw new Error(`${node.type} (JavaScript in MDX) cannot be rendered`);
  }
}
