// /admin/help/*: the help center with drafts, for signed-in admins only. The session is checked
// here, before anything else; the pages themselves live in a second, route-less Worker
// (wrangler.preview.toml) that nothing but this service binding can reach. That Worker holds only
// what drafts add (their pages, the lists and the home page); any other path is the public page of
// the same name, read from this Worker's own assets and kept inside the preview (previewPaths.ts).
import { sessionOf } from "../http/auth.ts";
import type { Handler } from "../http/context.ts";
import { PAGE_SECURITY_HEADERS } from "../http/pagePolicy.ts";
import { PREVIEW_PREFIX, previewHrefOf, publicPathOf } from "./previewPaths.ts";

declare global {
  namespace Cloudflare {
    interface Env {
      /** The preview Worker; absent when `wrangler dev` runs without -c wrangler.preview.toml. */
      HELP_PREVIEW?: Fetcher;
    }
  }
}

/** Signed out, the admin app's sign-in form, which then shows the help-center view. */
export const SIGN_IN_FOR_PREVIEW = "/admin/#/help";

const PRIVATE_HEADERS = { "cache-control": "private, no-store", "x-robots-tag": "noindex, nofollow", vary: "cookie", ...PAGE_SECURITY_HEADERS };

export const previewRoute: Handler = async (request, c) => {
  const session = await sessionOf(request, c.db, c.now);
  if (!session) return new Response(null, { status: 302, headers: { location: SIGN_IN_FOR_PREVIEW, ...PRIVATE_HEADERS } });
  if (request.method !== "GET" && request.method !== "HEAD") return new Response("Method Not Allowed", { status: 405, headers: { allow: "GET, HEAD" } });
  // Only the path travels on: the preview Worker never sees the admin's cookie.
  const forwarded = new Request(request.url, { method: request.method, headers: { accept: request.headers.get("accept") ?? "*/*" }, redirect: "manual" });
  const upstream = await c.env.HELP_PREVIEW?.fetch(forwarded).catch(() => undefined);
  if (!upstream || upstream.status === 503) {
    const text = "The draft preview is not running. Start wrangler dev with -c wrangler.toml -c wrangler.preview.toml (npm start does).";
    return new Response(text, { status: 503, headers: { "content-type": "text/plain; charset=utf-8", ...PRIVATE_HEADERS } });
  }
  const answer = upstream.status === 404 ? ((await publicPage(forwarded, c.env.ASSETS)) ?? upstream) : upstream;
  return privately(answer);
};

function privately(response: Response): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(PRIVATE_HEADERS)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** The public page behind a preview path, its links kept in the preview; undefined when there is none. */
async function publicPage(forwarded: Request, assets: Fetcher): Promise<Response | undefined> {
  const url = new URL(forwarded.url);
  const path = publicPathOf(url.pathname);
  if (path === null) return undefined;
  const asset = await assets.fetch(new Request(new URL(`${path}${url.search}`, url), forwarded));
  if (asset.status === 404) return undefined;
  const location = asset.headers.get("location");
  if (location !== null) {
    const headers = new Headers(asset.headers);
    headers.set("location", previewHrefOf(location));
    return new Response(asset.body, { status: asset.status, headers });
  }
  if (!(asset.headers.get("content-type") ?? "").startsWith("text/html")) return asset;
  return insidePreview(asset);
}

// The banner the preview build puts on its own pages (site/help/layouts/Page.astro).
const BANNER = '<p class="draft-banner" role="note">Admin preview: drafts are included and marked. Nothing here is public.</p>';

/** A public page as the preview shows it: links and search stay in the preview; no reactions, no messenger. */
function insidePreview(page: Response): Response {
  return new HTMLRewriter()
    .on("main", { element: (main) => void main.prepend(BANNER, { html: true }) })
    .on('link[rel="canonical"], link[rel="alternate"][type^="application/"]', { element: (tag) => void tag.remove() })
    .on("a[href]", { element: (a) => void a.setAttribute("href", previewHrefOf(a.getAttribute("href") ?? "")) })
    .on("[data-search]", { element: (box) => void box.setAttribute("data-base", PREVIEW_PREFIX).setAttribute("data-log", "off") })
    .on("[data-feedback]", { element: (box) => void box.remove() })
    .on('script[src="/hc/messenger.js"]', { element: (script) => void script.remove() })
    .transform(page);
}
