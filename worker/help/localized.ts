// One language's view of the published manifest: an article or collection in the reader's
// language when it has that translation, else in the default language. `locale` says which
// one the reader got, so the messenger can say when it fell back.
import type { Manifest, ManifestArticle, ManifestCollection } from "./manifestSchema.ts";

export interface LocalArticle {
  id: string;
  collection: string;
  title: string;
  description: string;
  order: number | null;
  url: string;
  updated_at: number;
  /** The language of title, description and body: the wanted one, or the default's. */
  locale: string;
  /** Key of its body in the body chunk: `<id>` or `<locale>/<id>`. */
  bodyKey: string;
}

export function localArticle(manifest: Manifest, article: ManifestArticle, locale: string): LocalArticle {
  const base = { id: article.id, collection: article.collection, order: article.order };
  const translation = locale === manifest.default_locale ? undefined : article.translations[locale];
  if (translation) return { ...base, ...translation, locale, bodyKey: `${locale}/${article.id}` };
  return { ...base, title: article.title, description: article.description, url: article.url, updated_at: article.updated_at, locale: manifest.default_locale, bodyKey: article.id };
}

export function localCollection(collection: ManifestCollection, locale: string): { id: string; name: string; description: string; order: number; url: string } {
  const translation = collection.translations[locale];
  return { id: collection.id, order: collection.order, name: translation?.name ?? collection.name, description: translation?.description ?? collection.description, url: translation?.url ?? collection.url };
}

/** The language versions of an article, default first, for the articles API's translated_content. */
export function versionsOf(manifest: Manifest, article: ManifestArticle): LocalArticle[] {
  return [manifest.default_locale, ...Object.keys(article.translations).filter((l) => l !== manifest.default_locale)].map((locale) => localArticle(manifest, article, locale));
}
