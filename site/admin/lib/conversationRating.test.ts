import { describe, expect, it } from "vitest";
import { parseRating, stars } from "./conversationRating.ts";

describe("parseRating", () => {
  it("reads the rating, remark and time", () => {
    expect(parseRating({ conversation_rating: { rating: 4, remark: "Nice", created_at: 100, contact: { type: "contact", id: "c" }, teammate: null } })).toEqual({
      rating: 4,
      remark: "Nice",
      createdAt: 100,
    });
  });

  it("is null for a conversation nobody rated", () => {
    expect(parseRating({ conversation_rating: null })).toBeNull();
  });
});

describe("stars", () => {
  it("fills one star per point out of five", () => {
    expect(stars(4)).toBe("★★★★☆");
    expect(stars(1)).toBe("★☆☆☆☆");
  });
});
