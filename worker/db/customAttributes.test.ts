import { describe, expect, it } from "vitest";
import { mergeAttributes } from "./customAttributes.ts";

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
