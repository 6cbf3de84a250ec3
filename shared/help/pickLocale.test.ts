import { describe, expect, it } from "vitest";
import { parseLanguageList, pickLocale } from "./pickLocale.ts";

describe("pickLocale", () => {
  it("takes the first preference the site has, matching a regional code to its base language", () => {
    expect(pickLocale(["de", "fr-CA", "en"], ["en", "fr"], "en")).toBe("fr");
  });

  it("falls back to the site's default when no preference is available", () => {
    expect(pickLocale(["ja"], ["en", "fr"], "en")).toBe("en");
    expect(pickLocale([], ["en", "fr"], "en")).toBe("en");
  });

  it("ignores case, and keeps the site's own spelling of the code", () => {
    expect(pickLocale(["PT-br"], ["en", "pt-BR"], "en")).toBe("pt-BR");
  });
});

describe("parseLanguageList", () => {
  it("keeps well-formed codes and drops anything else", () => {
    expect(parseLanguageList("fr-CA, fr,<script>,en")).toEqual(["fr-CA", "fr", "en"]);
    expect(parseLanguageList(null)).toEqual([]);
  });
});
