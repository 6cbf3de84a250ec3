import type { AppRouter } from "../http/api.ts";
import type { Handler } from "../http/context.ts";

// `/widget/{app_id}` is the URL in the customer's snippet; the script itself is the static
// loader built into /messenger-assets/. It is served for any app id: the loader boots with the
// app_id from the settings, and an unknown one gets its error from /messenger/{app_id}/boot.
const serveLoader: Handler = async (request, c) => {
  const asset = await c.env.ASSETS.fetch(new Request(new URL("/messenger-assets/loader.js", request.url)));
  if (!asset.ok) return new Response("// Parley: the messenger is not built; run npm run build.\n", { status: 503, headers: { "content-type": "text/javascript" } });
  const headers = new Headers(asset.headers);
  headers.set("content-type", "text/javascript; charset=utf-8");
  // Short: a new deploy should reach sites within minutes; the loader itself is tiny.
  headers.set("cache-control", "public, max-age=300");
  headers.set("access-control-allow-origin", "*");
  return new Response(asset.body, { status: 200, headers });
};

export function registerWidgetRoutes(router: AppRouter): void {
  router.get("/widget/:app_id", serveLoader);
}
