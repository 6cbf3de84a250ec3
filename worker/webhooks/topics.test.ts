import { describe, expect, it } from "vitest";
import { conversationTopic, isTopic, TOPICS } from "./topics.ts";

const by = (type: "user" | "admin" | "bot") => ({ type, id: "1", name: null });

describe("conversationTopic", () => {
  it("calls a contact's first message the conversation's creation and later ones replies", () => {
    expect(conversationTopic({ seq: 1, part_type: "comment", author: by("user") })).toBe("conversation.user.created");
    expect(conversationTopic({ seq: 4, part_type: "comment", author: by("user") })).toBe("conversation.user.replied");
  });

  it("calls an admin's later comment a reply but not the first message of an outbound conversation", () => {
    expect(conversationTopic({ seq: 2, part_type: "comment", author: by("admin") })).toBe("conversation.admin.replied");
    expect(conversationTopic({ seq: 1, part_type: "comment", author: by("admin") })).toBeNull();
  });

  it("names an admin's note, assignment and close", () => {
    expect(conversationTopic({ seq: 3, part_type: "note", author: by("admin") })).toBe("conversation.admin.noted");
    expect(conversationTopic({ seq: 3, part_type: "assignment", author: by("admin") })).toBe("conversation.admin.assigned");
    expect(conversationTopic({ seq: 3, part_type: "close", author: by("admin") })).toBe("conversation.admin.closed");
  });

  it("raises nothing for a bot's assignment, a bot's comment, a reopen or a snooze", () => {
    expect(conversationTopic({ seq: 2, part_type: "assignment", author: by("bot") })).toBeNull();
    expect(conversationTopic({ seq: 2, part_type: "comment", author: by("bot") })).toBeNull();
    expect(conversationTopic({ seq: 5, part_type: "open", author: by("admin") })).toBeNull();
    expect(conversationTopic({ seq: 5, part_type: "snoozed", author: by("admin") })).toBeNull();
  });
});

describe("isTopic", () => {
  it("accepts exactly the contract's eight topics", () => {
    expect(TOPICS).toHaveLength(8);
    expect(TOPICS.every(isTopic)).toBe(true);
    expect(isTopic("conversation.admin.snoozed")).toBe(false);
  });
});
