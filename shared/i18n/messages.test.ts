import { describe, expect, it } from "vitest";
import { en } from "./en.ts";
import { CATALOGUES, count, format, messagesFor, type MessageKey } from "./messages.ts";

describe("messagesFor", () => {
  it("picks the first language with a catalogue, by exact code or base language", () => {
    expect(messagesFor(["de", "fr-CA"]).home).toBe("Accueil");
    expect(messagesFor(["ja"])).toBe(en);
  });
});

describe("the catalogues", () => {
  it("give every language exactly the keys of English", () => {
    for (const [code, messages] of Object.entries(CATALOGUES)) expect(Object.keys(messages).sort(), code).toEqual(Object.keys(en).sort());
  });

  it("name their own language, matching the code they are registered under", () => {
    for (const [code, messages] of Object.entries(CATALOGUES)) expect(messages.lang).toBe(code);
  });

  it("use the same placeholders as English in every message", () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [code, messages] of Object.entries(CATALOGUES)) {
      const keys = Object.keys(en).filter((key): key is MessageKey => key in en);
      for (const key of keys) expect(names(messages[key]), `${code}.${key}`).toEqual(names(en[key]));
    }
  });
});

describe("format and count", () => {
  it("fill placeholders and choose the singular for one", () => {
    expect(format("No results for {query}", { query: "x" })).toBe("No results for x");
    expect(count(en, "articleCountOne", "articleCount", 1)).toBe("1 article");
    expect(count(en, "articleCountOne", "articleCount", 3)).toBe("3 articles");
  });
});
