// The public site invites crawlers (and names its sitemap); the admin preview turns them away.
import { getCollection } from "astro:content";
import { helpData } from "../build/entries.ts";

export async function GET() {
  const { build, config } = await helpData(getCollection);
  const text =
    build.mode === "preview"
      ? "User-agent: *\nDisallow: /\n"
      : `User-agent: *\nDisallow: /admin/\nDisallow: /api/\nAllow: /\n\nSitemap: ${new URL("/sitemap.xml", config.url)}\n`;
  return new Response(text, { headers: { "content-type": "text/plain; charset=utf-8" } });
}
