// A JSX runtime whose elements are HTML strings. MDX compiles an article into jsx() calls; with
// this runtime the result is the article's HTML, with no framework and no second render pass.

/** Markup that is already escaped; plain strings passed as children are escaped. */
export class Html {
  readonly html: string;
  constructor(html: string) {
    this.html = html;
  }
}

export const Fragment = Symbol("Fragment");
export type Props = Record<string, unknown> & { children?: unknown };
export type Component = (props: Props) => Html;

const VOID = new Set(["area", "br", "col", "hr", "img", "wbr"]);

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function childrenHtml(children: unknown): string {
  if (children === null || children === undefined || children === false || children === true) return "";
  if (Array.isArray(children)) return children.map(childrenHtml).join("");
  if (children instanceof Html) return children.html;
  return escapeHtml(String(children));
}

function attributes(props: Props): string {
  let out = "";
  for (const [name, value] of Object.entries(props)) {
    if (name === "children" || value === null || value === undefined || value === false) continue;
    if (typeof value === "object" || typeof value === "function") continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}

export type ElementHook = (tag: string, props: Props) => Props;

/** Builds jsx/jsxs; `hook` may rewrite an element's attributes (heading ids, link targets). */
export function htmlRuntime(hook: ElementHook = (_tag, props) => props) {
  const jsx = (type: unknown, input: unknown): Html => {
    const props: Props = typeof input === "object" && input !== null ? { ...input } : {};
    if (type === Fragment) return new Html(childrenHtml(props.children));
    if (typeof type === "function") {
      const result: unknown = type(props);
      return result instanceof Html ? result : new Html(childrenHtml(result));
    }
    if (typeof type !== "string") throw new Error(`cannot render element type ${String(type)}`);
    const final = hook(type, props);
    const open = `<${type}${attributes(final)}>`;
    return new Html(VOID.has(type) ? open : `${open}${childrenHtml(final.children)}</${type}>`);
  };
  return { jsx, jsxs: jsx, Fragment };
}
