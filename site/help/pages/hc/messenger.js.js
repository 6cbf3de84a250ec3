// The messenger on help-center pages, as a file: the Content-Security-Policy (site/help/public/_headers)
// allows no inline script, so the settings and the loader's script tag are set from here.
import { getCollection } from "astro:content";
import { helpData } from "../../build/entries.ts";

export async function GET() {
  const { config } = await helpData(getCollection);
  const appId = JSON.stringify(config.appId);
  const text = [
    `window.intercomSettings = window.intercomSettings || { app_id: ${appId} };`,
    `(function () { var s = document.createElement("script"); s.async = true; s.src = "/widget/" + encodeURIComponent(${appId}); document.head.appendChild(s); })();`,
    "",
  ].join("\n");
  return new Response(text, { headers: { "content-type": "text/javascript; charset=utf-8" } });
}
