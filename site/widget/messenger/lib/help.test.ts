import { describe, expect, it } from "vitest";
import { fallbackLanguage, type Article } from "./help.ts";

const anArticle = (fields: Partial<Article>): Article => ({ id: "a/b", title: "T", description: "D", html: "", url: "/a/b/", ...fields });

describe("fallbackLanguage", () => {
  it("names the article's language in the reader's when the article has no translation", () => {
    expect(fallbackLanguage(anArticle({ locale: "en", wanted_locale: "fr" }))).toBe("anglais");
  });

  it("says nothing when the article is in the reader's language", () => {
    expect(fallbackLanguage(anArticle({ locale: "fr", wanted_locale: "fr" }))).toBeNull();
    expect(fallbackLanguage(anArticle({}))).toBeNull();
  });
});
