// The feed of each language after the default: /<locale>/rss.xml.
import { getCollection } from "astro:content";
import { helpData } from "../../build/entries.ts";
import { rssXml, xmlResponse } from "../../build/feeds.ts";

export async function getStaticPaths() {
  const { languages } = await helpData(getCollection);
  return languages.locales.filter((locale) => locale !== languages.defaultLocale).map((locale) => ({ params: { locale } }));
}

export async function GET({ params }) {
  return xmlResponse(rssXml(await helpData(getCollection), params.locale), "application/rss+xml");
}
