// Sitemap, RSS 2.0 and Atom for the published articles, newest first. Only the public build
// serves them; every URL is absolute, from `url` in content/site.yaml.
import type { HelpData } from "./entries.ts";

export const FEED_SIZE = 50;

export function escapeXml(value: string): string {
  return value.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c] ?? c);
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
const at = (data: HelpData, path: string) => escapeXml(new URL(path, data.config.url).toString());
const newest = (data: HelpData) => data.articles[0]?.updatedAt ?? 0;

export function sitemapXml(data: HelpData): string {
  const urls = [
    `<url><loc>${at(data, "/")}</loc><lastmod>${iso(newest(data))}</lastmod></url>`,
    ...data.collections.map((c) => `<url><loc>${at(data, `/${c.id}/`)}</loc></url>`),
    ...data.articles.map((a) => `<url><loc>${at(data, `/${a.id}/`)}</loc><lastmod>${iso(a.updatedAt)}</lastmod></url>`),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

export function rssXml(data: HelpData): string {
  const items = data.articles.slice(0, FEED_SIZE).map(
    (a) =>
      `<item><title>${escapeXml(a.title)}</title><link>${at(data, `/${a.id}/`)}</link><guid>${at(data, `/${a.id}/`)}</guid>` +
      `<pubDate>${new Date(a.updatedAt * 1000).toUTCString()}</pubDate><description>${escapeXml(a.description)}</description></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>${escapeXml(data.config.name)}</title><link>${at(data, "/")}</link><description>${escapeXml(data.config.tagline)}</description>
<atom:link href="${at(data, "/rss.xml")}" rel="self" type="application/rss+xml"/>
${items.join("\n")}
</channel></rss>
`;
}

export function atomXml(data: HelpData): string {
  const entries = data.articles.slice(0, FEED_SIZE).map(
    (a) =>
      `<entry><title>${escapeXml(a.title)}</title><link href="${at(data, `/${a.id}/`)}"/><id>${at(data, `/${a.id}/`)}</id>` +
      `<updated>${iso(a.updatedAt)}</updated><published>${iso(a.createdAt)}</published><summary>${escapeXml(a.description)}</summary></entry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>${escapeXml(data.config.name)}</title><subtitle>${escapeXml(data.config.tagline)}</subtitle>
<link href="${at(data, "/")}"/><link rel="self" href="${at(data, "/atom.xml")}"/>
<id>${at(data, "/")}</id><updated>${iso(newest(data))}</updated><author><name>${escapeXml(data.config.brand)}</name></author>
${entries.join("\n")}
</feed>
`;
}

export function xmlResponse(xml: string, type: string): Response {
  return new Response(xml, { headers: { "content-type": `${type}; charset=utf-8` } });
}
