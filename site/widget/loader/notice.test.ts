import { describe, expect, it } from "vitest";
import { conversationUnreadOf, type ConversationChange } from "./guards.ts";
import { noticeOf, plainLine } from "./notice.ts";

const fromTeam: ConversationChange = { id: "7", unread: 1, from: "Ann", preview: "**Pro tips** inside: [read](https://x.example)" };

describe("noticeOf", () => {
  it("shows an unread message from the team as its sender and one plain line", () => {
    expect(noticeOf(fromTeam, false, "Acme")).toEqual({ id: "7", name: "Ann", text: "Pro tips inside: read" });
  });

  it("names the app when the sender has no name", () => {
    expect(noticeOf({ ...fromTeam, from: "" }, false, "Acme")?.name).toBe("Acme");
  });

  it("shows nothing while the messenger is open, once read, or for the contact's own message", () => {
    expect(noticeOf(fromTeam, true, "Acme")).toBeNull();
    expect(noticeOf({ ...fromTeam, unread: 0 }, false, "Acme")).toBeNull();
    expect(noticeOf({ ...fromTeam, from: null }, false, "Acme")).toBeNull();
  });
});

describe("plainLine", () => {
  it("keeps the words of Markdown on one line, with a link's text but not its address", () => {
    expect(plainLine("# Hello\n\n**bold** _it_ `code` [docs](https://x.example/a_(b))")).toBe("Hello bold it code docs");
  });
});

describe("conversationUnreadOf", () => {
  const frame = (conversation: unknown) => JSON.stringify({ type: "conversation", conversation });

  it("reads who wrote last and the preview from a conversation frame", () => {
    const text = frame({ id: "7", unread: 2, last_part_preview: "Hi", last_part_author: { type: "bot", id: "b", name: null } });
    expect(conversationUnreadOf(text)).toEqual({ id: "7", unread: 2, from: "", preview: "Hi" });
  });

  it("tells the contact's own message apart, and refuses frames that are not conversations", () => {
    expect(conversationUnreadOf(frame({ id: "7", unread: 0, last_part_preview: "Me", last_part_author: { type: "user", id: "c", name: "Cleo" } }))?.from).toBeNull();
    expect(conversationUnreadOf(frame({ id: 7, unread: 0 }))).toBeNull();
    expect(conversationUnreadOf("not json")).toBeNull();
  });
});
