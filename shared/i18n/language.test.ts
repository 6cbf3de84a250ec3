import { describe, expect, it } from "vitest";
import { format, pickLanguage, readerLanguages } from "./language.ts";

describe("readerLanguages", () => {
  it("prefers a valid language_override to the browser's languages", () => {
    expect(readerLanguages({ language_override: "fr" }, ["en-US", "en"])).toEqual(["fr"]);
    expect(readerLanguages({ language_override: "pt-BR" }, ["en"])).toEqual(["pt-BR"]);
  });

  it("uses the browser's languages when the override is missing or not a language tag", () => {
    expect(readerLanguages({}, ["de-DE", "de"])).toEqual(["de-DE", "de"]);
    expect(readerLanguages({ language_override: "not a language" }, ["en"])).toEqual(["en"]);
    expect(readerLanguages({ language_override: 42 }, ["en"])).toEqual(["en"]);
    expect(readerLanguages({ language_override: "en-a1" }, ["de"])).toEqual(["de"]);
  });
});

describe("pickLanguage", () => {
  const table = { en: "English", fr: "French" };

  it("takes the first preferred language found, by exact code or by its base language", () => {
    expect(pickLanguage(["de", "FR-ca", "en"], table)).toBe("French");
    expect(pickLanguage(["en-GB"], table)).toBe("English");
  });

  it("finds nothing for unknown languages, nor for names the object inherits", () => {
    expect(pickLanguage(["ja", "constructor", "toString"], table)).toBeUndefined();
  });
});

describe("format", () => {
  it("fills known placeholders and leaves unknown ones visible", () => {
    expect(format("{n} new from {who}", { n: 2 })).toBe("2 new from {who}");
  });
});
