// Compiles one article's MDX to HTML, once, at content-load time (see docs/helpCenter.md for why
// not one Astro module per article): satteri parses it to an HTML tree, hastHtml.ts writes it
// out. Headings get ids for deep links; links get their final URL.
import { mdxToHast } from "satteri";
import { toHtml, type ElementHook } from "./hastHtml.ts";
import { hrefOf, resolveLink, scriptScheme, type KnownContent, type LinkTarget } from "./links.ts";

export interface RenderContext {
  id: string;
  known: KnownContent;
  /** "/" for the public site, "/admin/help/" for the preview. */
  base: string;
  /** A translation's links: the part after the base ("fr/", or "" where the page has no translation). */
  prefixOf?: ((target: LinkTarget) => string) | undefined;
}

export interface RenderedArticle {
  html: string;
  /** Plain text of the body, for search terms and feed summaries. */
  text: string;
}

export function renderArticle(body: string, context: RenderContext): RenderedArticle {
  const usedIds = new Set<string>();
  const hook: ElementHook = (tag, attributes, text) => {
    if (tag === "a" && typeof attributes.href === "string") return linkAttributes(attributes, attributes.href, context);
    if (tag === "h2" || tag === "h3") return { ...attributes, id: uniqueId(slugify(text()), usedIds) };
    return attributes;
  };
  const html = toHtml(mdxToHast(body, { position: false }), hook).trim();
  return { html, text: htmlToText(html) };
}

function linkAttributes(attributes: Record<string, string | true>, href: string, context: RenderContext): Record<string, string | true> {
  // The content check refuses these; a page must not carry one even if the check was skipped.
  if (scriptScheme(href)) return Object.fromEntries(Object.entries(attributes).filter(([name]) => name !== "href"));
  const target = resolveLink(href, context.id, context.known);
  const final = hrefOf(target, `${context.base}${context.prefixOf?.(target) ?? ""}`) ?? href;
  return target.kind === "external" && /^https?:/.test(final) ? { ...attributes, href: final, rel: "noopener" } : { ...attributes, href: final };
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
