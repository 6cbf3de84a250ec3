import { getCollection } from "astro:content";
import { helpData } from "../build/entries.ts";
import { atomXml, xmlResponse } from "../build/feeds.ts";

export async function GET() {
  return xmlResponse(atomXml(await helpData(getCollection)), "application/atom+xml");
}
