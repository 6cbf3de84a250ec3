import { describe, expect, it } from "vitest";
import type { InboxConversation } from "../../../shared/inbox.ts";
import { assignedMessage, assignedNews, TOLD_LIMIT } from "./assignedNews.ts";

const row = (id: string, assignee: string | null, state: InboxConversation["state"] = "open"): InboxConversation => ({
  id, contact: { id: `c${id}`, name: `Contact ${id}`, email: null, role: "user" }, state, admin_assignee_id: assignee, team_assignee_id: null,
  created_at: 1, last_part_at: 1, last_part_preview: `Preview ${id}`, last_part_author_type: "user", unread: 1, waiting_since: null, snoozed_until: null, page_url: null,
});

describe("assignedNews", () => {
  it("tells of each open conversation assigned to me once", () => {
    const first = assignedNews([], [row("1", "7"), row("2", "8"), row("3", "7", "closed")], "7");
    expect(first.news.map((c) => c.id)).toEqual(["1"]);
    expect(assignedNews(first.told, [row("1", "7")], "7").news).toEqual([]);
  });

  it("tells again of a conversation taken from me and then given back", () => {
    const told = assignedNews(assignedNews([], [row("1", "7")], "7").told, [row("1", "8")], "7").told;
    expect(told).toEqual([]);
    expect(assignedNews(told, [row("1", "7")], "7").news.map((c) => c.id)).toEqual(["1"]);
  });

  it("remembers a bounded number of conversations", () => {
    const many = Array.from({ length: TOLD_LIMIT + 5 }, (_, i) => row(String(i), "7"));
    expect(assignedNews([], many, "7").told).toHaveLength(TOLD_LIMIT);
  });
});

describe("assignedMessage", () => {
  const label = (c: InboxConversation) => c.contact.name ?? "";

  it("names the contact of one conversation and counts several", () => {
    expect(assignedMessage([row("1", "7")], label)).toEqual({ title: "Assigned to you: Contact 1", body: "Preview 1" });
    expect(assignedMessage([row("1", "7"), row("2", "7")], label)).toEqual({ title: "2 conversations assigned to you", body: "Contact 1, Contact 2" });
    expect(assignedMessage([], label)).toBeNull();
  });
});
