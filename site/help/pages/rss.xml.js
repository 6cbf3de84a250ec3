import { getCollection } from "astro:content";
import { helpData } from "../../../scripts/help/entries.ts";
import { rssXml, xmlResponse } from "../../../scripts/help/feeds.ts";

export async function GET() {
  return xmlResponse(rssXml(await helpData(getCollection)), "application/rss+xml");
}
