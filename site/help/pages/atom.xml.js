import { getCollection } from "astro:content";
import { helpData } from "../../../scripts/help/entries.ts";
import { atomXml, xmlResponse } from "../../../scripts/help/feeds.ts";

export async function GET() {
  return xmlResponse(atomXml(await helpData(getCollection)), "application/atom+xml");
}
