import { describe, expect, it } from "vitest";
import { TopicCache } from "./topicCache.ts";

describe("TopicCache", () => {
  it("answers from memory until the entry is older than its TTL", () => {
    const cache = new TopicCache(10_000);
    cache.set(7, new Set(["contact.user.created"]), 1_000);
    expect(cache.get(7, 10_999)?.has("contact.user.created")).toBe(true);
    expect(cache.get(7, 11_000)).toBeUndefined();
  });

  it("knows nothing of a workspace it was never told about or told to forget", () => {
    const cache = new TopicCache(10_000);
    expect(cache.get(1, 0)).toBeUndefined();
    cache.set(1, new Set(), 0);
    expect(cache.get(1, 1)?.size).toBe(0);
    cache.forget(1);
    expect(cache.get(1, 1)).toBeUndefined();
  });
});
