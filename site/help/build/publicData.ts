// The JSON files the build publishes under /hc/ (written by integration.ts): what the Worker's
// articles API and the messenger's article JSON read (never the MDX). Shapes are documented
// in docs/helpCenter.md and validated again by the Worker (worker/help/manifestSchema.ts).
import type { HelpArticle, HelpData } from "./entries.ts";
import { localText, versionKey } from "./locales.ts";

export const BODY_CHUNK_SIZE = 50;
export const MANIFEST_VERSION = 1;

const absolute = (data: HelpData, path: string) => new URL(path, data.config.url).toString();

/** The default language's articles (manifest order), each with its other language versions. */
function byArticle(data: HelpData): { article: HelpArticle; translations: HelpArticle[] }[] {
  const { defaultLocale } = data.languages;
  const translations = new Map<string, HelpArticle[]>();
  for (const a of data.articles) if (a.locale !== defaultLocale) translations.set(a.id, [...(translations.get(a.id) ?? []), a]);
  return data.articles.filter((a) => a.locale === defaultLocale).map((article) => ({ article, translations: translations.get(article.id) ?? [] }));
}

export function manifestOf(data: HelpData, now = Math.floor(Date.now() / 1000)) {
  const { languages } = data;
  const others = languages.locales.filter((locale) => locale !== languages.defaultLocale);
  return {
    version: MANIFEST_VERSION,
    generated_at: now,
    body_chunk_size: BODY_CHUNK_SIZE,
    default_locale: languages.defaultLocale,
    locales: [...languages.locales],
    collections: data.collections.map((c) => ({
      id: c.id,
      name: localText(c.name, languages.defaultLocale, languages),
      description: localText(c.description, languages.defaultLocale, languages),
      order: c.order,
      url: absolute(data, `${c.id}/`),
      translations: Object.fromEntries(
        others.map((locale) => [locale, { name: localText(c.name, locale, languages), description: localText(c.description, locale, languages), url: absolute(data, `${locale}/${c.id}/`) }]),
      ),
    })),
    articles: byArticle(data).map(({ article: a, translations }) => ({
      id: a.id,
      collection: a.collection,
      title: a.title,
      description: a.description,
      tags: a.tags,
      order: a.order ?? null,
      created_at: a.createdAt,
      updated_at: a.updatedAt,
      url: absolute(data, `${a.id}/`),
      // Only versions in this build: the public build never holds a draft translation.
      translations: Object.fromEntries(
        translations.map((t) => [t.locale, { title: t.title, description: t.description, created_at: t.createdAt, updated_at: t.updatedAt, url: absolute(data, `${t.locale}/${t.id}/`) }]),
      ),
    })),
  };
}

/** Search tokens per language version: `<id>` for the default language, `<locale>/<id>` for another. */
export function termsOf(data: HelpData) {
  return { version: MANIFEST_VERSION, articles: Object.fromEntries(data.articles.map((a) => [versionKey(a.id, a.locale, data.languages), a.terms])) };
}

/** Bodies in manifest order, BODY_CHUNK_SIZE articles per file with all their language versions, so that a page of the API costs a few reads. */
export function bodyChunks(data: HelpData): Record<string, string>[] {
  const chunks: Record<string, string>[] = [];
  byArticle(data).forEach(({ article, translations }, i) => {
    const chunk = (chunks[Math.floor(i / BODY_CHUNK_SIZE)] ??= {});
    for (const version of [article, ...translations]) chunk[versionKey(version.id, version.locale, data.languages)] = version.html;
  });
  return chunks;
}
