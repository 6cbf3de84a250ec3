import { describe, expect, it } from "vitest";
import { isTypingTarget, shortcutFor } from "./shortcuts.ts";

const key = (k: string, extra: Partial<Parameters<typeof shortcutFor>[0]> = {}) =>
  shortcutFor({ key: k, ctrlKey: false, metaKey: false, altKey: false, typing: false, ...extra });

describe("shortcutFor", () => {
  it("maps the single letters and the question mark to their actions", () => {
    expect(["j", "k", "r", "n", "e", "a", "t", "?"].map((k) => key(k))).toEqual(["next", "previous", "reply", "note", "close", "assign", "tag", "help"]);
  });

  it("never fires while the admin is typing in a field", () => {
    expect(key("e", { typing: true })).toBeNull();
    expect(key("?", { typing: true })).toBeNull();
  });

  it("leaves browser and system combinations alone", () => {
    expect(key("r", { ctrlKey: true })).toBeNull();
    expect(key("r", { metaKey: true })).toBeNull();
    expect(key("a", { altKey: true })).toBeNull();
  });

  it("ignores other keys and upper case letters", () => {
    expect(key("x")).toBeNull();
    expect(key("J")).toBeNull();
  });
});

describe("isTypingTarget", () => {
  it("treats text inputs, text areas, selects and editable elements as typing", () => {
    expect(isTypingTarget({ tagName: "INPUT", type: "text" })).toBe(true);
    expect(isTypingTarget({ tagName: "input", type: "search" })).toBe(true);
    expect(isTypingTarget({ tagName: "TEXTAREA" })).toBe(true);
    expect(isTypingTarget({ tagName: "SELECT" })).toBe(true);
    expect(isTypingTarget({ tagName: "DIV", isContentEditable: true })).toBe(true);
  });

  it("lets shortcuts through on buttons, checkboxes and the page itself", () => {
    expect(isTypingTarget({ tagName: "BUTTON" })).toBe(false);
    expect(isTypingTarget({ tagName: "INPUT", type: "checkbox" })).toBe(false);
    expect(isTypingTarget({ tagName: "BODY" })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
