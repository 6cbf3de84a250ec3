import { describe, expect, it } from "vitest";
import { anonymiseQuery } from "./anonymise.ts";

describe("anonymiseQuery", () => {
  it("lowercases and collapses whitespace so that the same question counts once", () => {
    expect(anonymiseQuery("  Reset   PASSWORD ")).toBe("reset password");
  });

  it("masks email addresses, links and long numbers", () => {
    expect(anonymiseQuery("refund for ada@example.com order 4111 1111 1111 1111")).toBe("refund for [email] order [number]");
    expect(anonymiseQuery("call me +44 (20) 7946-0958")).toBe("call me [number]");
    expect(anonymiseQuery("see https://example.com/x?token=abc")).toBe("see [link]");
  });

  it("keeps short numbers that are part of a question", () => {
    expect(anonymiseQuery("error 405 on api v2")).toBe("error 405 on api v2");
  });

  it("stores nothing when only masked or meaningless text is left", () => {
    expect(anonymiseQuery("ada@example.com")).toBeNull();
    expect(anonymiseQuery(" ?! ")).toBeNull();
    expect(anonymiseQuery("x")).toBeNull();
  });

  it("caps the length of what is stored", () => {
    expect(anonymiseQuery("word ".repeat(50))?.length).toBeLessThanOrEqual(100);
  });
});
