import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import type { ArticleSource } from "./checkArticle.ts";
import { aContentDir, anArticle, FIXTURE_SITE } from "./contentFixture.ts";
import { loadContent } from "./loadContent.ts";
import { languagesOf } from "./locales.ts";
import { formatProblem } from "./problems.ts";
import { staleTranslations } from "./translations.ts";

let root = "";
afterEach(() => rmSync(root, { recursive: true, force: true }));

const bilingual = (files: Record<string, string>) => aContentDir({ "content/site.yaml": `${FIXTURE_SITE}locales: [en, fr]\n`, ...files });
const load = (drafts: boolean) => loadContent({ root, drafts, base: "/" });
const versions = (drafts: boolean) => load(drafts).articles.map((a) => `${a.locale}:${a.id}`);

describe("pairTranslations (through loadContent)", () => {
  it("loads a translation beside its original, with the same id and its own locale", () => {
    root = bilingual({ "content/articles/start/a.mdx": anArticle({ title: "Hello" }), "content/articles/start/a.fr.mdx": anArticle({ title: "Bonjour" }) });
    expect(load(false).articles.map((a) => [a.id, a.locale, a.frontmatter.title])).toEqual([
      ["start/a", "fr", "Bonjour"],
      ["start/a", "en", "Hello"],
    ]);
  });

  it("reports a translation without an original, and a file in a language the site does not list", () => {
    root = bilingual({ "content/articles/start/lonely.fr.mdx": anArticle(), "content/articles/start/b.mdx": anArticle(), "content/articles/start/b.de.mdx": anArticle() });
    const problems = load(true).problems.map(formatProblem);
    expect(problems).toEqual([
      expect.stringMatching(/^content\/articles\/start\/b\.de\.mdx: "de" is not in locales/),
      expect.stringMatching(/^content\/articles\/start\/lonely\.fr\.mdx: is a fr translation without an original: add content\/articles\/start\/lonely\.mdx/),
    ]);
  });

  it("keeps a draft translation of a published article out of the public content", () => {
    root = bilingual({ "content/articles/start/a.mdx": anArticle(), "content/articles/start/a.fr.mdx": anArticle({ draft: true }) });
    expect(versions(false)).toEqual(["en:start/a"]);
    expect(versions(true)).toEqual(["fr:start/a", "en:start/a"]);
  });

  it("makes every translation of a draft a draft, whatever its own draft says", () => {
    root = bilingual({ "content/articles/start/a.mdx": anArticle({ draft: true }), "content/articles/start/a.fr.mdx": anArticle({ draft: false }) });
    expect(versions(false)).toEqual([]);
    expect(load(true).articles.every((a) => a.frontmatter.draft)).toBe(true);
  });

  it("points a translation's links at its language's pages, and at the default language's where one is missing (a warning)", () => {
    root = bilingual({
      "content/articles/start/a.mdx": anArticle(),
      "content/articles/start/b.mdx": anArticle(),
      "content/articles/start/c.mdx": anArticle(),
      "content/articles/start/b.fr.mdx": anArticle({}, "Voir [a](/start/a/), [c](/start/c/) et [la collection](/start/).\n"),
      "content/articles/start/c.fr.mdx": anArticle(),
    });
    const result = load(false);
    const french = result.articles.find((a) => a.locale === "fr" && a.id === "start/b");
    expect(french?.html).toBe('<p>Voir <a href="/start/a/">a</a>, <a href="/fr/start/c/">c</a> et <a href="/fr/start/">la collection</a>.</p>');
    expect(result.problems).toEqual([]);
    expect(result.warnings.map(formatProblem)).toEqual([expect.stringMatching(/^content\/articles\/start\/b\.fr\.mdx:\d+: links to start\/a, which has no fr version published; readers get the en page$/)]);
  });

  it("refuses the default language's code in a file name", () => {
    root = bilingual({ "content/articles/start/a.en.mdx": anArticle() });
    expect(load(true).problems.map(formatProblem)).toEqual([expect.stringContaining("en is the default language, so this article's file is a.mdx")]);
  });
});

describe("staleTranslations", () => {
  const source = (file: string, locale: string): ArticleSource => ({ id: "start/a", locale, collection: "start", slug: "a", file, frontmatter: { title: "T", description: "D", draft: false }, body: "", links: [] });
  const articles = [source("content/articles/start/a.mdx", "en"), source("content/articles/start/a.fr.mdx", "fr")];
  const languages = languagesOf(["en", "fr"]);

  it("warns about a translation last changed before its original", () => {
    const dates = new Map([
      ["content/articles/start/a.mdx", { createdAt: 0, updatedAt: 1_800_000_000 }],
      ["content/articles/start/a.fr.mdx", { createdAt: 0, updatedAt: 1_700_000_000 }],
    ]);
    expect(staleTranslations(articles, dates, languages).map(formatProblem)).toEqual([
      "content/articles/start/a.fr.mdx: is older than its original content/articles/start/a.mdx (changed 2027-01-15, this translation 2023-11-14); bring it up to date",
    ]);
  });

  it("says nothing when the translation is as new as its original", () => {
    const dates = new Map([
      ["content/articles/start/a.mdx", { createdAt: 0, updatedAt: 1_700_000_000 }],
      ["content/articles/start/a.fr.mdx", { createdAt: 0, updatedAt: 1_700_000_000 }],
    ]);
    expect(staleTranslations(articles, dates, languages)).toEqual([]);
  });
});
