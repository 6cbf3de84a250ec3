import { getCollection } from "astro:content";
import { helpData } from "../build/entries.ts";
import { rssXml, xmlResponse } from "../build/feeds.ts";

export async function GET() {
  const data = await helpData(getCollection);
  return xmlResponse(rssXml(data, data.languages.defaultLocale), "application/rss+xml");
}
