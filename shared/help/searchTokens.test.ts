import { describe, expect, it } from "vitest";
import { termString, tokens } from "./searchTokens.ts";

describe("tokens", () => {
  it("lowercases, strips accents and punctuation, and drops stop words", () => {
    expect(tokens("How do I Verify the Café's users?")).toEqual(["verify", "cafe", "user"]);
  });

  it("reduces plurals so that singular and plural match", () => {
    expect(tokens("campaigns rules access")).toEqual(["campaign", "rule", "access"]);
  });

  it("keeps numbers and non-Latin letters", () => {
    expect(tokens("HTTP 405 ошибка")).toEqual(["http", "405", "ошибка"]);
  });
});

describe("termString", () => {
  it("keeps each token once", () => {
    expect(termString("Route routes ROUTE team")).toBe("route team");
  });
});
