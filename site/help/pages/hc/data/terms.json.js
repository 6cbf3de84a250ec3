import { getCollection } from "astro:content";
import { helpData } from "../../../../../scripts/help/entries.ts";
import { jsonResponse, termsOf } from "../../../../../scripts/help/publicData.ts";

export async function GET() {
  return jsonResponse(termsOf(await helpData(getCollection)));
}
