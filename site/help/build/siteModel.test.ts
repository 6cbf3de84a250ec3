import { describe, expect, it } from "vitest";
import { breadcrumbs, placesOf, shelves, type ArticleInfo } from "./siteModel.ts";

const collections = [
  { id: "later", name: "Later", description: "", order: 2 },
  { id: "first", name: "First", description: "", order: 1 },
];
const anArticle = (id: string, extra: Partial<ArticleInfo> = {}): ArticleInfo => ({
  id,
  collection: id.split("/")[0] ?? "",
  title: id.split("/")[1] ?? "",
  description: "",
  draft: false,
  updatedAt: 0,
  ...extra,
});

describe("shelves", () => {
  it("orders collections, then articles by order and then title, keeping empty collections", () => {
    const result = shelves(collections, [anArticle("first/zeta"), anArticle("first/beta"), anArticle("first/alpha", { order: 5 })]);
    expect(result.map((s) => [s.collection.id, s.articles.map((a) => a.id)])).toEqual([
      ["first", ["first/alpha", "first/beta", "first/zeta"]],
      ["later", []],
    ]);
  });
});

describe("placesOf", () => {
  it("links each article to its neighbours within its collection only", () => {
    const places = placesOf(collections, [anArticle("first/a", { order: 1 }), anArticle("first/b", { order: 2 }), anArticle("later/c")]);
    expect(places.map((p) => [p.article.id, p.prev?.id ?? null, p.next?.id ?? null])).toEqual([
      ["first/a", null, "first/b"],
      ["first/b", "first/a", null],
      ["later/c", null, null],
    ]);
  });
});

describe("breadcrumbs", () => {
  it("leads from home through the collection to the article, the last one without a link", () => {
    const [first] = collections.slice(1);
    if (!first) throw new Error("fixture");
    expect(breadcrumbs("/admin/help/", first, anArticle("first/a", { title: "A" }))).toEqual([
      { label: "Home", href: "/admin/help/" },
      { label: "First", href: "/admin/help/first/" },
      { label: "A" },
    ]);
  });
});
