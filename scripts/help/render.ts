// Compiles one article's MDX to HTML, once, at content-load time (see docs/helpCenter.md for why
// not one Astro module per article). Headings get ids for deep links; links get their final URL.
import { evaluate } from "satteri";
import { componentMap } from "./components.ts";
import { Html, htmlRuntime, type Props } from "./htmlRuntime.ts";
import { hrefOf, resolveLink, type KnownContent } from "./links.ts";

export interface RenderContext {
  id: string;
  known: KnownContent;
  /** "/" for the public site, "/admin/help/" for the preview. */
  base: string;
}

export interface RenderedArticle {
  html: string;
  /** Plain text of the body, for search terms and feed summaries. */
  text: string;
}

export function renderArticle(body: string, context: RenderContext): RenderedArticle {
  const usedIds = new Set<string>();
  const runtime = htmlRuntime((tag, props) => {
    if (tag === "a" && typeof props.href === "string") return linkProps(props, props.href, context);
    if (tag === "h2" || tag === "h3") return { ...props, id: uniqueId(slugify(htmlToText(new Html(childrenOf(props)).html)), usedIds) };
    return props;
  });
  const module = evaluate(body, { ...runtime, elementAttributeNameCase: "html" });
  if (module instanceof Promise) throw new Error("MDX compiled asynchronously; no async plugins are configured");
  const content = module.default;
  if (typeof content !== "function") throw new Error("MDX produced no content");
  const result: unknown = content({ components: componentMap() });
  const html = result instanceof Html ? result.html : "";
  return { html, text: htmlToText(html) };
}

function childrenOf(props: Props): string {
  const { children } = props;
  return runtimeChildren(children);
}

function runtimeChildren(children: unknown): string {
  if (children instanceof Html) return children.html;
  if (Array.isArray(children)) return children.map(runtimeChildren).join("");
  return children === null || children === undefined || typeof children === "boolean" ? "" : String(children);
}

function linkProps(props: Props, href: string, context: RenderContext): Props {
  const target = resolveLink(href, context.id, context.known);
  const final = hrefOf(target, context.base) ?? href;
  return target.kind === "external" && /^https?:/.test(final) ? { ...props, href: final, rel: "noopener" } : { ...props, href: final };
}

export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return slug || "section";
}

function uniqueId(slug: string, used: Set<string>): string {
  let id = slug;
  for (let n = 2; used.has(id); n++) id = `${slug}-${n}`;
  used.add(id);
  return id;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

export function htmlToText(html: string): string {
  return html
    .replace(/<(?:br|\/p|\/h\d|\/li|\/td|\/th|\/pre|\/div|\/aside)>/g, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&([a-z]+);/g, (whole, name: string) => ENTITIES[name] ?? whole)
    .replace(/\s+/g, " ")
    .trim();
}
