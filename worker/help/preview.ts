// /admin/help/*: the help center with drafts, for signed-in admins only. The session is checked
// here, before anything else; the pages themselves live in a second, route-less Worker
// (wrangler.preview.toml) that nothing but this service binding can reach.
import { sessionOf } from "../http/auth.ts";
import type { Handler } from "../http/context.ts";
import { PAGE_SECURITY_HEADERS } from "../http/pagePolicy.ts";

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
  const headers = new Headers(upstream.headers);
  for (const [name, value] of Object.entries(PRIVATE_HEADERS)) headers.set(name, value);
  return new Response(upstream.body, { status: upstream.status, statusText: upstream.statusText, headers });
};
