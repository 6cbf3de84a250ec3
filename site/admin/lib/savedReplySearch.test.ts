import { describe, expect, it } from "vitest";
import type { SavedReply } from "../../../shared/savedReplies/savedReply.ts";
import { fuzzyScore, pickerQuery, rankSavedReplies } from "./savedReplySearch.ts";

const reply = (name: string, body = "…"): SavedReply => ({ type: "saved_reply", id: name, name, body, actions: [], created_at: 0, updated_at: 0 });

describe("fuzzyScore", () => {
  it("matches characters in order, in any case", () => {
    expect(fuzzyScore("THKS", "Thanks")).not.toBeNull();
    expect(fuzzyScore("skht", "Thanks")).toBeNull();
  });

  it("scores a contiguous prefix above scattered letters", () => {
    expect(fuzzyScore("ref", "Refund policy")).toBeGreaterThan(fuzzyScore("ref", "Where is my order, friend") ?? 0);
  });

  it("scores word starts above letters inside words", () => {
    expect(fuzzyScore("rp", "Refund policy")).toBeGreaterThan(fuzzyScore("rp", "Carpet") ?? 0);
  });
});

describe("rankSavedReplies", () => {
  const replies = [reply("Shipping times"), reply("Refund policy", "Refunds take 5 days"), reply("Thanks"), reply("Closing", "We refund within a week")];

  it("lists every reply by name for an empty query", () => {
    expect(rankSavedReplies("", replies).map((r) => r.name)).toEqual(["Closing", "Refund policy", "Shipping times", "Thanks"]);
  });

  it("puts name matches before body matches", () => {
    expect(rankSavedReplies("refund", replies).map((r) => r.name)).toEqual(["Refund policy", "Closing"]);
  });

  it("drops replies that do not match and keeps at most the limit", () => {
    expect(rankSavedReplies("zzz", replies)).toEqual([]);
    expect(rankSavedReplies("", replies, 2)).toHaveLength(2);
  });
});

describe("pickerQuery", () => {
  it("opens on a slash or hash at the start or after a space", () => {
    expect(pickerQuery("/", 1)).toEqual({ start: 0, query: "" });
    expect(pickerQuery("Hello #ref", 10)).toEqual({ start: 6, query: "ref" });
  });

  it("stays shut inside a word, a fraction or a URL, and once a space ends the query", () => {
    expect(pickerQuery("50/50", 5)).toBeNull();
    expect(pickerQuery("see https://x.io/a", 18)).toBeNull();
    expect(pickerQuery("/ref ", 5)).toBeNull();
  });

  it("reads only up to the caret", () => {
    expect(pickerQuery("/refund and more", 4)).toEqual({ start: 0, query: "ref" });
  });
});
