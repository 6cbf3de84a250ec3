// Translations beside their originals (CONTRACT §9): a translation needs its default-language
// file, and a draft's translations are drafts whatever their own `draft` says, so that they publish
// with it. Decided once here, so every later filter on `frontmatter.draft` is already right.
import type { ArticleSource } from "./checkArticle.ts";
import type { FileDates } from "./gitDates.ts";
import type { Languages } from "./locales.ts";
import type { ContentProblem } from "./problems.ts";

export function pairTranslations<A extends ArticleSource>(sources: readonly A[], languages: Languages): { articles: A[]; problems: ContentProblem[] } {
  const originals = new Map(sources.filter((a) => a.locale === languages.defaultLocale).map((a) => [a.id, a]));
  const problems: ContentProblem[] = [];
  const articles: A[] = [];
  for (const article of sources) {
    if (article.locale === languages.defaultLocale) {
      articles.push(article);
      continue;
    }
    const original = originals.get(article.id);
    if (!original) {
      problems.push({ file: article.file, message: `is a ${article.locale} translation without an original: add ${article.file.replace(/\.[^.]+\.mdx$/, ".mdx")} or remove this file` });
      continue;
    }
    articles.push(original.frontmatter.draft && !article.frontmatter.draft ? { ...article, frontmatter: { ...article.frontmatter, draft: true } } : article);
  }
  return { articles, problems };
}

/** Translations last changed before their original (by commit date): they may miss what changed. */
export function staleTranslations(articles: readonly ArticleSource[], dates: ReadonlyMap<string, FileDates>, languages: Languages): ContentProblem[] {
  const originals = new Map(articles.filter((a) => a.locale === languages.defaultLocale).map((a) => [a.id, a]));
  return articles.flatMap((article) => {
    const original = originals.get(article.id);
    if (article.locale === languages.defaultLocale || !original) return [];
    const own = dates.get(article.file)?.updatedAt ?? 0;
    const theirs = dates.get(original.file)?.updatedAt ?? 0;
    if (own >= theirs) return [];
    const day = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);
    return [{ file: article.file, message: `is older than its original ${original.file} (changed ${day(theirs)}, this translation ${day(own)}); bring it up to date` }];
  });
}
