import { describe, expect, it } from "vitest";
import { en } from "../../../../shared/i18n/en.ts";
import { fr } from "../../../../shared/i18n/fr.ts";
import type { ConversationSummary } from "../../../../shared/protocol.ts";
import { conversationRow, shortTime } from "./conversationRow.ts";

function aSummary(patch: Partial<ConversationSummary> = {}): ConversationSummary {
  return { id: "1", state: "open", last_seq: 1, last_part_at: 0, last_part_preview: "Hi", last_part_author: { type: "user", id: "c", name: "Ada" }, unread: 0, read_seq: { user: 0, admin: 0 }, ...patch };
}

describe("conversationRow", () => {
  it("says You for the visitor's own last message", () => {
    expect(conversationRow(aSummary({ last_part_preview: "Where is my **order**?" }), en)).toEqual({ sender: "You", text: "Where is my order?" });
  });

  it("names the admin who wrote last, or the team when the name is unknown", () => {
    expect(conversationRow(aSummary({ last_part_author: { type: "admin", id: "1", name: "Demo Owner" } }), en).sender).toBe("Demo Owner");
    expect(conversationRow(aSummary({ last_part_author: { type: "admin", id: "1", name: null } }), en).sender).toBe("The team");
  });

  it("shows Markdown as plain words and links as their labels", () => {
    expect(conversationRow(aSummary({ last_part_preview: "See [the guide](https://a.example/g) and `code`" }), en).text).toBe("See the guide and code");
  });

  it("falls back to a label when there is nothing to preview", () => {
    expect(conversationRow(aSummary({ last_part_preview: "" }), en).text).toBe("Conversation");
  });

  it("speaks the catalogue's language", () => {
    expect(conversationRow(aSummary(), fr).sender).toBe("Vous");
    expect(conversationRow(aSummary({ last_part_author: { type: "admin", id: "1", name: null } }), fr).sender).toBe("L’équipe");
  });
});

describe("shortTime", () => {
  // Wednesday 4 March 2026, 12:00 UTC.
  const now = Date.UTC(2026, 2, 4, 12) / 1000;

  it("says now under a minute, then minutes and hours", () => {
    expect(shortTime(now - 30, now, en)).toBe("now");
    expect(shortTime(now + 5, now, en)).toBe("now");
    expect(shortTime(now - 120, now, en)).toBe("2 min");
    expect(shortTime(now - 59 * 60, now, en)).toBe("59 min");
    expect(shortTime(now - 3 * 3600 - 100, now, en)).toBe("3 h");
    expect(shortTime(now - 30, now, fr)).toBe("à l’instant");
  });

  it("gives the weekday within the last days and the date after", () => {
    expect(shortTime(now - 2 * 86400, now, en, "en-US")).toBe("Mon");
    expect(shortTime(now - 10 * 86400, now, en, "en-GB")).toBe("22 Feb");
    expect(shortTime(now - 400 * 86400, now, en, "en-GB")).toBe("28 Jan 2025");
    expect(shortTime(now - 2 * 86400, now, fr, ["fr"])).toBe("lun.");
  });
});
