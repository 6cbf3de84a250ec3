// The articles API reads this (never the MDX): every published article without its body.
import { getCollection } from "astro:content";
import { helpData } from "../../../../../scripts/help/entries.ts";
import { jsonResponse, manifestOf } from "../../../../../scripts/help/publicData.ts";

export async function GET() {
  return jsonResponse(manifestOf(await helpData(getCollection)));
}
