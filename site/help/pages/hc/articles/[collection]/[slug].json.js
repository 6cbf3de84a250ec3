// One article for the messenger to show inside itself: GET /hc/articles/{collection}/{slug}.json.
import { getCollection } from "astro:content";
import { helpData } from "../../../../../../scripts/help/entries.ts";
import { articleJson, jsonResponse } from "../../../../../../scripts/help/publicData.ts";

export async function getStaticPaths() {
  const data = await helpData(getCollection);
  return data.articles.map((article) => {
    const [collection, slug] = article.id.split("/");
    return { params: { collection, slug }, props: { json: articleJson(data, article) } };
  });
}

export function GET({ props }) {
  return jsonResponse(props.json);
}
