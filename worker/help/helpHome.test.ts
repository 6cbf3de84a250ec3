import { describe, expect, it } from "vitest";
import { helpCollection, helpHome, POPULAR_ARTICLES } from "./helpHome.ts";
import { manifestSchema, type ManifestArticle } from "./manifestSchema.ts";

const anArticle = (id: string, order: number | null = null, translations: ManifestArticle["translations"] = {}): ManifestArticle => ({
  id, collection: id.split("/")[0] ?? "", title: `Title ${id}`, description: `About ${id}`, tags: [], order, created_at: 0, updated_at: 0, url: `/${id}/`, translations,
});
const manifest = (articles: ManifestArticle[]) =>
  manifestSchema.parse({
    version: 1, generated_at: 0, body_chunk_size: 50, default_locale: "en", locales: ["en", "fr"],
    collections: [
      { id: "billing", name: "Billing", description: "Invoices", order: 2, url: "/billing/" },
      { id: "start", name: "Getting started", description: "First steps", order: 1, url: "/start/", translations: { fr: { name: "Premiers pas", description: "Débuter", url: "/fr/start/" } } },
      { id: "empty", name: "Empty", description: "Nothing yet", order: 3, url: "/empty/" },
    ],
    articles,
  });

describe("helpHome", () => {
  const content = manifest([anArticle("billing/refunds"), anArticle("start/b", 2), anArticle("start/a", 1), anArticle("billing/invoices")]);

  it("lists collections in their order with their article counts, leaving out empty ones", () => {
    expect(helpHome(content, []).collections).toEqual([
      { id: "start", name: "Getting started", description: "First steps", count: 2 },
      { id: "billing", name: "Billing", description: "Invoices", count: 2 },
    ]);
  });

  it("puts the most viewed published articles first and fills up with the collections' first ones", () => {
    const popular = helpHome(content, ["billing/refunds", "gone/unpublished"]).popular.map((a) => a.id);
    expect(popular).toEqual(["billing/refunds", "start/a", "start/b", "billing/invoices"]);
  });

  it("shows a handful of articles, not every one", () => {
    const many = manifest(Array.from({ length: 12 }, (_, i) => anArticle(`start/a${i}`)));
    expect(helpHome(many, []).popular).toHaveLength(POPULAR_ARTICLES);
  });
});

describe("helpCollection", () => {
  it("lists a collection's articles in reading order, and nothing for an unknown or empty one", () => {
    const content = manifest([anArticle("start/z"), anArticle("start/y", 1)]);
    expect(helpCollection(content, "start")?.articles.map((a) => a.id)).toEqual(["start/y", "start/z"]);
    expect(helpCollection(content, "empty")).toBeNull();
    expect(helpCollection(content, "nope")).toBeNull();
  });
});

describe("helpHome in another language", () => {
  const french = { title: "Bienvenue", description: "Pour commencer", created_at: 0, updated_at: 0, url: "/fr/start/a/" };
  const content = manifest([anArticle("start/a", 1, { fr: french }), anArticle("start/b", 2)]);

  it("shows translated collections and articles in the reader's language and the rest in the default one, saying which", () => {
    const home = helpHome(content, [], "fr");
    expect(home.collections[0]).toMatchObject({ name: "Premiers pas", description: "Débuter" });
    expect(home.popular).toEqual([
      { id: "start/a", title: "Bienvenue", description: "Pour commencer", locale: "fr" },
      { id: "start/b", title: "Title start/b", description: "About start/b", locale: "en" },
    ]);
    expect(helpCollection(content, "start", "fr")?.articles.map((a) => a.locale)).toEqual(["fr", "en"]);
  });
});
