import { describe, expect, it } from "vitest";
import { AttributeLimitError, MAX_CUSTOM_ATTRIBUTES, mergeAttributes } from "./customAttributes.ts";

describe("mergeAttributes", () => {
  it("sets new keys over the old ones and keeps the rest", () => {
    expect(mergeAttributes({ plan: "free", seats: 2 }, { plan: "pro", trial: true })).toEqual({ plan: "pro", seats: 2, trial: true });
  });

  it("removes a key whose new value is null", () => {
    expect(mergeAttributes({ plan: "free", seats: 2 }, { seats: null })).toEqual({ plan: "free" });
  });

  it("leaves the old attributes untouched", () => {
    const old = { plan: "free" };
    mergeAttributes(old, { plan: null });
    expect(old).toEqual({ plan: "free" });
  });
});

describe("mergeAttributes limit", () => {
  const many = (prefix: string, n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, i]));

  it(`allows up to ${MAX_CUSTOM_ATTRIBUTES} attributes in total`, () => {
    expect(Object.keys(mergeAttributes(many("a", 200), many("b", 50)))).toHaveLength(MAX_CUSTOM_ATTRIBUTES);
  });

  it("refuses a merge that goes past the limit, naming it", () => {
    expect(() => mergeAttributes(many("a", 200), many("b", 51))).toThrow(AttributeLimitError);
    expect(() => mergeAttributes(many("a", 200), many("b", 51))).toThrow(String(MAX_CUSTOM_ATTRIBUTES));
  });

  it("lets a contact already past the limit change and remove keys", () => {
    const crowded = many("a", 300);
    expect(Object.keys(mergeAttributes(crowded, { a1: "changed", a2: null }))).toHaveLength(299);
  });
});
