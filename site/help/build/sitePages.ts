// The pages of the catch-all route: each language's collections and articles, and the homes of
// the languages after the default (whose home is pages/index.astro). An article has a page only
// in the languages it has a version in.
import type { HelpArticle, HelpData } from "./entries.ts";
import { localePrefix } from "./locales.ts";
import type { LocaleView } from "./localeView.ts";
import { buildsArticlePage } from "./mode.ts";
import { placesOf, shelves, type ArticlePlace, type Shelf } from "./siteModel.ts";

export type SitePage =
  | { kind: "home"; locale: string }
  | { kind: "collection"; locale: string; shelf: Shelf<HelpArticle> }
  | { kind: "article"; locale: string; place: ArticlePlace<HelpArticle> };

export function sitePages(data: HelpData, viewOf: (data: HelpData, locale: string) => LocaleView): { path: string; page: SitePage }[] {
  return data.languages.locales.flatMap((locale) => {
    const view = viewOf(data, locale);
    const prefix = localePrefix(locale, data.languages);
    const home = prefix === "" ? [] : [{ path: prefix.slice(0, -1), page: { kind: "home", locale } as const }];
    const collections = shelves(view.collections, view.articles).map((shelf) => ({ path: `${prefix}${shelf.collection.id}`, page: { kind: "collection", locale, shelf } as const }));
    // The preview writes only drafts' pages (mode.ts); the rest it shows from the public site.
    const articles = placesOf(view.collections, view.articles)
      .filter((place) => buildsArticlePage(data.build, place.article))
      .map((place) => ({ path: `${prefix}${place.article.id}`, page: { kind: "article", locale, place } as const }));
    return [...home, ...collections, ...articles];
  });
}
