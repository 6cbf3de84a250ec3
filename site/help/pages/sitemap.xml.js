// Endpoints stay JavaScript glue (see content.config.mjs); the XML is built in build/feeds.ts.
import { getCollection } from "astro:content";
import { helpData } from "../build/entries.ts";
import { sitemapXml, xmlResponse } from "../build/feeds.ts";

export async function GET() {
  return xmlResponse(sitemapXml(await helpData(getCollection)), "application/xml");
}
