// Links inside an article shown in the messenger: the article's HTML was written for the help
// center, so a relative link must resolve there, not against the customer's page that hosts the
// messenger; a link to another article opens it in the messenger instead of leaving the page.

// First path segments that belong to Parley, never to a collection (docs/helpCenter.md).
const RESERVED = new Set(["admin", "api", "widget", "messenger", "messenger-assets", "hc", "pagefind", "preview"]);

/** The article's page on the help center, served from the same origin as the messenger. */
export function articlePageUrl(base: string, id: string, locale: string | null = null): string {
  return new URL(`/${locale ? `${locale}/` : ""}${id}/`, base).href;
}

export type ArticleLink = { href: string; articleId: string | null; anchor: string | null };

/** Where a link in the article on `pageUrl` leads, and whether the messenger can show it itself. */
export function articleLink(href: string, pageUrl: string): ArticleLink | null {
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return null;
  }
  const page = new URL(pageUrl);
  const sameOrigin = url.origin === page.origin;
  if (sameOrigin && url.pathname === page.pathname && url.hash) return { href: url.href, articleId: null, anchor: decodeURIComponent(url.hash.slice(1)) };
  // A translation's links lead to /<locale>/<collection>/<slug>/: the same article, in that language.
  const match = /^\/(?:[a-z]{2,3}(?:-[a-z0-9]{2,8})?\/(?=[a-z0-9-]+\/[a-z0-9-]+\/?$))?([a-z0-9-]+)\/([a-z0-9-]+)\/?$/i.exec(url.pathname);
  const articleId = sameOrigin && match && !RESERVED.has(match[1] ?? "") ? `${match[1]}/${match[2]}` : null;
  return { href: url.href, articleId, anchor: null };
}

/** Makes every link and image in the article absolute on the help center's origin. */
export function rebaseArticle(root: ParentNode, pageUrl: string): void {
  for (const el of root.querySelectorAll("a[href], img[src]")) {
    const attribute = el.tagName === "A" ? "href" : "src";
    const link = articleLink(el.getAttribute(attribute) ?? "", pageUrl);
    if (link) el.setAttribute(attribute, link.href);
    else el.removeAttribute(attribute);
  }
}
