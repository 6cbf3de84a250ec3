import { describe, expect, it } from "vitest";
import { langParam, readerLanguages } from "./language.ts";

describe("readerLanguages", () => {
  it("prefers language_override to the browser's languages", () => {
    expect(readerLanguages({ language_override: "fr" }, ["en-US", "en"])).toEqual(["fr"]);
  });

  it("uses the browser's languages when no valid override is set", () => {
    expect(readerLanguages({}, ["de-DE", "de"])).toEqual(["de-DE", "de"]);
    expect(readerLanguages({ language_override: "not a language" }, ["en"])).toEqual(["en"]);
  });
});

describe("langParam", () => {
  it("joins the languages for the help endpoints", () => {
    expect(langParam(["fr-CA", "fr"])).toBe("lang=fr-CA%2Cfr");
  });
});
