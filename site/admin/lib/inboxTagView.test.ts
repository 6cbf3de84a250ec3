import { describe, expect, it } from "vitest";
import { matchesView, parseViewKey, viewKey, viewParams, type InboxConversation } from "./inbox.ts";

const row = (tags?: { id: string; name: string }[]): InboxConversation => ({
  id: "1",
  contact: { id: "c", name: null, email: null, role: "user" },
  state: "open",
  admin_assignee_id: null,
  team_assignee_id: null,
  created_at: 1,
  last_part_at: 1,
  last_part_preview: "",
  last_part_author_type: "user",
  unread: 0,
  waiting_since: null,
  snoozed_until: null,
  page_url: null,
  ...(tags === undefined ? {} : { tags }),
});

describe("the inbox's tag view", () => {
  it("round-trips through the address bar and refuses ids that are not numbers", () => {
    expect(parseViewKey(viewKey({ kind: "tag", tagId: "42" }))).toEqual({ kind: "tag", tagId: "42" });
    expect(parseViewKey("tag-vip")).toEqual({ kind: "all" });
  });

  it("asks the list endpoint for every conversation carrying the tag", () => {
    expect(viewParams({ kind: "tag", tagId: "42" }, "snoozed").toString()).toBe("view=all&state=snoozed&tag_id=42");
  });

  it("keeps a live row only while it carries the tag", () => {
    const view = { kind: "tag", tagId: "42" } as const;
    expect(matchesView(row([{ id: "42", name: "vip" }]), view, "open", "7")).toBe(true);
    expect(matchesView(row([{ id: "4", name: "other" }]), view, "open", "7")).toBe(false);
    expect(matchesView(row(), view, "open", "7")).toBe(false);
    expect(matchesView(row([{ id: "42", name: "vip" }]), view, "closed", "7")).toBe(false);
  });
});
