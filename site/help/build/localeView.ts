// One language of the built site: its collections (names in that language), its articles, its
// pages' base path and UI strings; and, for any page, the same page in the other languages (the
// switcher and hreflang). Computed once per build and language, since every page asks.
import { messagesFor, type Messages } from "../../../shared/i18n/messages.ts";
import type { HelpArticle, HelpData } from "./entries.ts";
import { languageName, localePrefix, localText } from "./locales.ts";
import type { CollectionInfo } from "./siteModel.ts";

export interface LocaleView {
  locale: string;
  /** Where this language's pages live: "/", "/fr/", "/admin/help/fr/". */
  base: string;
  collections: CollectionInfo[];
  /** This language's articles, newest first. */
  articles: HelpArticle[];
  messages: Messages;
}

export type PageRef = { kind: "home" } | { kind: "collection"; id: string } | { kind: "article"; id: string };

export interface Alternate {
  locale: string;
  name: string;
  /** Path under the site's base: "fr/engage/campaigns/", or the language's home when the page is missing there. */
  path: string;
  /** Whether this language has the page itself (else the link leads to the language's home). */
  exists: boolean;
  current: boolean;
}

interface Index {
  views: Map<string, LocaleView>;
  /** Languages each article exists in within this build. */
  localesOf: Map<string, Set<string>>;
}

const indexes = new WeakMap<HelpData, Index>();

function indexOf(data: HelpData): Index {
  const known = indexes.get(data);
  if (known) return known;
  const localesOf = new Map<string, Set<string>>();
  for (const a of data.articles) localesOf.set(a.id, (localesOf.get(a.id) ?? new Set()).add(a.locale));
  const index: Index = { views: new Map(), localesOf };
  indexes.set(data, index);
  return index;
}

export function localeView(data: HelpData, locale: string): LocaleView {
  const index = indexOf(data);
  const known = index.views.get(locale);
  if (known) return known;
  const { languages } = data;
  const view: LocaleView = {
    locale,
    base: `${data.build.base}${localePrefix(locale, languages)}`,
    collections: data.collections.map((c) => ({ id: c.id, order: c.order, name: localText(c.name, locale, languages), description: localText(c.description, locale, languages) })),
    articles: data.articles.filter((a) => a.locale === locale),
    messages: messagesFor([locale]),
  };
  index.views.set(locale, view);
  return view;
}

/** Path of a page under a language's prefix ("" for the default language). */
export function pagePath(page: PageRef, prefix: string): string {
  return page.kind === "home" ? prefix : `${prefix}${page.id}/`;
}

/** The page in every language of the site, for the switcher (current marked) and hreflang (existing ones). */
export function alternatesOf(data: HelpData, page: PageRef, current: string): Alternate[] {
  const locales = page.kind === "article" ? (indexOf(data).localesOf.get(page.id) ?? new Set<string>()) : new Set(data.languages.locales);
  return data.languages.locales.map((locale) => {
    const prefix = localePrefix(locale, data.languages);
    const exists = locales.has(locale);
    return { locale, name: languageName(locale), path: exists ? pagePath(page, prefix) : prefix, exists, current: locale === current };
  });
}
