import { describe, expect, it } from "vitest";
import { aHelpArticle as anArticle, aHelpData as data } from "./helpDataFixture.ts";
import { localeView } from "./localeView.ts";
import { sitePages } from "./sitePages.ts";

describe("sitePages", () => {
  it("lists the default language at the root, another under its code, and an article only where it has a version", () => {
    const pages = sitePages(data([anArticle("start/a", "en"), anArticle("start/b", "en"), anArticle("start/a", "fr")]), localeView);
    expect(pages.map((p) => p.path)).toEqual(["start", "start/a", "start/b", "fr", "fr/start", "fr/start/a"]);
  });

  it("names collections in the page's language", () => {
    const pages = sitePages(data([anArticle("start/a", "en")]), localeView);
    const names = pages.flatMap((p) => (p.page.kind === "collection" ? [p.page.shelf.collection.name] : []));
    expect(names).toEqual(["Start", "Démarrer"]);
  });
});
