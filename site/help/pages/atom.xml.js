import { getCollection } from "astro:content";
import { helpData } from "../build/entries.ts";
import { atomXml, xmlResponse } from "../build/feeds.ts";

export async function GET() {
  const data = await helpData(getCollection);
  return xmlResponse(atomXml(data, data.languages.defaultLocale), "application/atom+xml");
}
