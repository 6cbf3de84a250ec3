import { getCollection } from "astro:content";
import { helpData } from "../build/entries.ts";
import { rssXml, xmlResponse } from "../build/feeds.ts";

export async function GET() {
  return xmlResponse(rssXml(await helpData(getCollection)), "application/rss+xml");
}
