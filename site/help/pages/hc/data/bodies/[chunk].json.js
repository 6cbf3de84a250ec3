import { getCollection } from "astro:content";
import { helpData } from "../../../../../../scripts/help/entries.ts";
import { bodyChunks, jsonResponse } from "../../../../../../scripts/help/publicData.ts";

export async function getStaticPaths() {
  const chunks = bodyChunks(await helpData(getCollection));
  return chunks.map((bodies, n) => ({ params: { chunk: String(n) }, props: { bodies } }));
}

export function GET({ props }) {
  return jsonResponse(props.bodies);
}
