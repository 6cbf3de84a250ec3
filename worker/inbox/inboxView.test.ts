import { describe, expect, it } from "vitest";
import { awaitingContact } from "./inboxView.ts";

describe("awaitingContact", () => {
  it("holds an outbound message back from the team until the contact replies", () => {
    expect(awaitingContact({ sourceAuthorType: "admin", contactRepliedAt: null })).toBe(true);
    expect(awaitingContact({ sourceAuthorType: "admin", contactRepliedAt: 150 })).toBe(false);
  });

  it("never holds back a conversation the contact started", () => {
    expect(awaitingContact({ sourceAuthorType: "user", contactRepliedAt: 100 })).toBe(false);
    expect(awaitingContact({ sourceAuthorType: "user", contactRepliedAt: null })).toBe(false);
  });
});
