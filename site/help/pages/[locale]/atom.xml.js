// The feed of each language after the default: /<locale>/atom.xml.
import { getCollection } from "astro:content";
import { helpData } from "../../build/entries.ts";
import { atomXml, xmlResponse } from "../../build/feeds.ts";

export async function getStaticPaths() {
  const { languages } = await helpData(getCollection);
  return languages.locales.filter((locale) => locale !== languages.defaultLocale).map((locale) => ({ params: { locale } }));
}

export async function GET({ params }) {
  return xmlResponse(atomXml(await helpData(getCollection), params.locale), "application/atom+xml");
}
