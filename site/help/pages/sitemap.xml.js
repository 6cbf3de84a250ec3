// Endpoints stay JavaScript glue (see content.config.mjs); the XML is built in scripts/help/feeds.ts.
import { getCollection } from "astro:content";
import { helpData } from "../../../scripts/help/entries.ts";
import { sitemapXml, xmlResponse } from "../../../scripts/help/feeds.ts";

export async function GET() {
  return xmlResponse(sitemapXml(await helpData(getCollection)), "application/xml");
}
