import { describe, expect, it } from "vitest";
import { conversationLine, noteLine } from "./convert.ts";

const intercomConversation = {
  type: "conversation",
  id: "1911149811",
  created_at: 1700000000,
  state: "closed",
  admin_assignee_id: 814860,
  source: { type: "conversation", body: "<p>Hello</p>", author: { type: "user", id: "5f", name: "Ann", email: "ann@example.com" }, attachments: [], url: "https://example.com/pricing" },
  contacts: { type: "contact.list", contacts: [{ type: "contact", id: "5f" }] },
  tags: { type: "tag.list", tags: [{ type: "tag", id: "17", name: "vip" }] },
  conversation_rating: { rating: null, remark: null },
  conversation_parts: {
    type: "conversation_part.list",
    conversation_parts: [
      { type: "conversation_part", id: "1", part_type: "comment", body: "<p>Hi Ann</p>", created_at: 1700000060, author: { type: "admin", id: "814860", name: "Bo" }, attachments: [{ type: "upload", name: "a.png", url: "https://x/a.png", content_type: "image/png", filesize: 3, width: 1, height: 1 }] },
      { type: "conversation_part", id: "2", part_type: "language_detection_details", body: null, created_at: 1700000061, author: { type: "bot", id: "1" } },
      { type: "conversation_part", id: "3", part_type: "default_assignment", body: null, created_at: 1700000062, author: { type: "bot", id: "1" }, assigned_to: { type: "admin", id: "814860" } },
      { type: "conversation_part", id: "4", part_type: "close", body: null, created_at: 1700000063, author: { type: "admin", id: "814860" } },
    ],
  },
};

describe("conversationLine", () => {
  it("makes Intercom's source the first part and keeps the parts Parley has, in order", () => {
    const { line, skipped, problem } = conversationLine(intercomConversation);
    expect(problem).toBeNull();
    expect(skipped).toEqual(["language_detection_details"]);
    expect(line).toMatchObject({ type: "conversation", id: "1911149811", state: "closed", admin_assignee_id: "814860", source: { url: "https://example.com/pricing" }, tags: { tags: [{ id: "17" }] }, conversation_rating: null });
    const parts = (line?.conversation_parts as { conversation_parts: { part_type: string; author: { id: string } }[] }).conversation_parts;
    expect(parts.map((p) => [p.part_type, p.author.id])).toEqual([["comment", "5f"], ["comment", "814860"], ["assignment", "1"], ["close", "814860"]]);
    expect(parts[1]).toMatchObject({ attachments: [{ name: "a.png", filesize: 3 }] });
  });

  it("reads an older conversation's `open` flag when it has no state", () => {
    const { state: _state, ...older } = intercomConversation;
    expect(conversationLine({ ...older, open: false }).line).toMatchObject({ state: "closed" });
  });

  it("names the problem of a conversation without a source", () => {
    const { source: _source, ...broken } = intercomConversation;
    expect(conversationLine(broken).problem).toMatch(/source/);
  });
});

describe("noteLine", () => {
  it("points the note at its contact and its author by id", () => {
    expect(noteLine({ type: "note", id: 3, body: "<p>x</p>", created_at: 5, author: { type: "admin", id: "9" } }, "c1")).toEqual({
      type: "note", id: "3", body: "<p>x</p>", created_at: 5, author: { id: "9" }, contact: { id: "c1" },
    });
  });
});
