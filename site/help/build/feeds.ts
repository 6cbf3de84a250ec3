// Sitemap, RSS 2.0 and Atom for the published articles, newest first. Only the public build
// serves them; every URL is absolute, from `url` in content/site.yaml.
import type { HelpArticle, HelpData } from "./entries.ts";
import { localePrefix } from "./locales.ts";
import { alternatesOf, localeView, pagePath, type PageRef } from "./localeView.ts";

export const FEED_SIZE = 50;

export function escapeXml(value: string): string {
  return value.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c] ?? c);
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
const at = (data: HelpData, path: string) => escapeXml(new URL(path, data.config.url).toString());
const newest = (articles: readonly HelpArticle[]) => articles[0]?.updatedAt ?? 0;

/** Every page in every language; a page that exists in several lists them all as alternates (and x-default). */
export function sitemapXml(data: HelpData): string {
  const urls = data.languages.locales.flatMap((locale) => {
    const view = localeView(data, locale);
    const prefix = localePrefix(locale, data.languages);
    const url = (page: PageRef, lastmod?: number) => {
      const others = alternatesOf(data, page, locale).filter((alt) => alt.exists);
      const links = others.length > 1 ? [...others.map((alt) => link(data, alt.locale, alt.path)), link(data, "x-default", pagePath(page, ""))] : [];
      const modified = lastmod === undefined ? "" : `<lastmod>${iso(lastmod)}</lastmod>`;
      return `<url><loc>${at(data, pagePath(page, prefix))}</loc>${modified}${links.join("")}</url>`;
    };
    return [
      url({ kind: "home" }, newest(view.articles)),
      ...data.collections.map((c) => url({ kind: "collection", id: c.id })),
      ...view.articles.map((a) => url({ kind: "article", id: a.id }, a.updatedAt)),
    ];
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
}

const link = (data: HelpData, hreflang: string, path: string) => `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${at(data, path)}"/>`;

/** One language's feed: its own articles, under its own pages. */
export function rssXml(data: HelpData, locale = data.languages.defaultLocale): string {
  const view = localeView(data, locale);
  const items = view.articles.slice(0, FEED_SIZE).map(
    (a) =>
      `<item><title>${escapeXml(a.title)}</title><link>${at(data, `${view.base}${a.id}/`)}</link><guid>${at(data, `${view.base}${a.id}/`)}</guid>` +
      `<pubDate>${new Date(a.updatedAt * 1000).toUTCString()}</pubDate><description>${escapeXml(a.description)}</description></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>${escapeXml(data.config.name)}</title><link>${at(data, view.base)}</link><description>${escapeXml(data.config.tagline)}</description><language>${locale}</language>
<atom:link href="${at(data, `${view.base}rss.xml`)}" rel="self" type="application/rss+xml"/>
${items.join("\n")}
</channel></rss>
`;
}

export function atomXml(data: HelpData, locale = data.languages.defaultLocale): string {
  const view = localeView(data, locale);
  const entries = view.articles.slice(0, FEED_SIZE).map(
    (a) =>
      `<entry><title>${escapeXml(a.title)}</title><link href="${at(data, `${view.base}${a.id}/`)}"/><id>${at(data, `${view.base}${a.id}/`)}</id>` +
      `<updated>${iso(a.updatedAt)}</updated><published>${iso(a.createdAt)}</published><summary>${escapeXml(a.description)}</summary></entry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
<title>${escapeXml(data.config.name)}</title><subtitle>${escapeXml(data.config.tagline)}</subtitle>
<link href="${at(data, view.base)}"/><link rel="self" href="${at(data, `${view.base}atom.xml`)}"/>
<id>${at(data, view.base)}</id><updated>${iso(newest(view.articles))}</updated><author><name>${escapeXml(data.config.brand)}</name></author>
${entries.join("\n")}
</feed>
`;
}

export function xmlResponse(xml: string, type: string): Response {
  return new Response(xml, { headers: { "content-type": `${type}; charset=utf-8` } });
}
