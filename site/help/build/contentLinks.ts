// Links between articles, checked once every article is known. A published article may link only
// to published articles (a link to a draft is a 404, and names it). A translation links with the
// original ids and its readers get the page in their language; where that page is missing they
// get the default language's, which the check reports as a warning.
import type { ArticleSource } from "./checkArticle.ts";
import { localePrefix, type Languages } from "./locales.ts";
import { resolveLink, type LinkTarget } from "./links.ts";
import type { ContentProblem } from "./problems.ts";

export function checkLinks(sources: readonly ArticleSource[], collections: ReadonlySet<string>, languages: Languages): { problems: ContentProblem[]; warnings: ContentProblem[] } {
  const ids = (locale: string, drafts: boolean) => new Set(sources.filter((a) => a.locale === locale && (drafts || !a.frontmatter.draft)).map((a) => a.id));
  const byLocale = new Map(languages.locales.map((locale) => [locale, { all: ids(locale, true), published: ids(locale, false) }]));
  const all = byLocale.get(languages.defaultLocale)?.all ?? new Set<string>();
  const published = byLocale.get(languages.defaultLocale)?.published ?? new Set<string>();
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  for (const article of sources) {
    const draft = article.frontmatter.draft;
    const own = byLocale.get(article.locale);
    const translated = (draft ? own?.all : own?.published) ?? new Set<string>();
    for (const link of article.links) {
      const target = resolveLink(link.url, article.id, { collections, articles: draft ? all : published });
      if (target.kind === "broken") {
        const inDraft = resolveLink(link.url, article.id, { collections, articles: all });
        const reason = inDraft.kind === "article" ? "is a draft, so the published article cannot link to it" : target.reason;
        problems.push({ file: article.file, line: link.line, message: `broken link ${link.url}: ${reason}` });
      } else if (target.kind === "article" && article.locale !== languages.defaultLocale && !translated.has(target.id)) {
        warnings.push({ file: article.file, line: link.line, message: `links to ${target.id}, which has no ${article.locale} version${draft ? "" : " published"}; readers get the ${languages.defaultLocale} page` });
      }
    }
  }
  return { problems, warnings };
}

/** What a translation's links point under: its language's pages, the default's where one is missing. */
export function prefixFor(locale: string, translated: ReadonlySet<string>, languages: Languages): (target: LinkTarget) => string {
  const prefix = localePrefix(locale, languages);
  return (target) => (target.kind === "article" && !translated.has(target.id) ? "" : prefix);
}
