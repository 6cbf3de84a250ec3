import { describe, expect, it } from "vitest";
import { checkTagName, TAG_NAME_MAX, tagSuggestions } from "./tags.ts";

describe("checkTagName", () => {
  it("keeps a name without its surrounding spaces", () => {
    expect(checkTagName("  VIP customer ")).toEqual({ ok: true, name: "VIP customer" });
    expect(checkTagName("é😀")).toEqual({ ok: true, name: "é😀" });
  });

  it("refuses empty, too long and control-character names", () => {
    expect(checkTagName("   ").ok).toBe(false);
    expect(checkTagName("x".repeat(TAG_NAME_MAX)).ok).toBe(true);
    expect(checkTagName("x".repeat(TAG_NAME_MAX + 1)).ok).toBe(false);
    expect(checkTagName("a\u0000b").ok).toBe(false);
    expect(checkTagName("a\nb").ok).toBe(false);
    expect(checkTagName("a\ud800b").ok).toBe(false);
  });
});

describe("tagSuggestions", () => {
  const all = [
    { id: "1", name: "vip" },
    { id: "2", name: "Billing" },
    { id: "3", name: "VIP trial" },
  ];

  it("offers the tags containing the query in any case, by name, without the applied ones", () => {
    expect(tagSuggestions(all, [{ id: "1", name: "vip" }], "vi").map((t) => t.id)).toEqual(["3"]);
    expect(tagSuggestions(all, [], " ").map((t) => t.name)).toEqual(["Billing", "vip", "VIP trial"]);
  });
});
