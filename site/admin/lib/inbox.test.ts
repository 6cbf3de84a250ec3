import { describe, expect, it } from "vitest";
import { applyChange, byActivity, matchesView, parseViewKey, previewText, searchQuery, viewKey, viewQuery, type InboxConversation } from "./inbox.ts";
import { inboxHref, parseInboxHash } from "./inboxRoute.ts";

function conversation(patch: Partial<InboxConversation> = {}): InboxConversation {
  return {
    id: "1",
    contact: { id: "c1", name: "Ada", email: null, role: "lead" },
    state: "open",
    admin_assignee_id: null,
    team_assignee_id: null,
    created_at: 100,
    last_part_at: 100,
    last_part_preview: "Hi",
    last_part_author_type: "user",
    unread: 1,
    waiting_since: 100,
    snoozed_until: null,
    page_url: null,
    ...patch,
  };
}

describe("matchesView", () => {
  it("puts a conversation in Mine only when it is assigned to me", () => {
    expect(matchesView(conversation({ admin_assignee_id: "7" }), { kind: "mine" }, "open", "7")).toBe(true);
    expect(matchesView(conversation({ admin_assignee_id: "8" }), { kind: "mine" }, "open", "7")).toBe(false);
  });

  it("counts a team's conversation without an admin as unassigned", () => {
    const queued = conversation({ team_assignee_id: "2" });
    expect(matchesView(queued, { kind: "unassigned" }, "open", "7")).toBe(true);
    expect(matchesView(queued, { kind: "team", teamId: "2" }, "open", "7")).toBe(true);
    expect(matchesView(queued, { kind: "team", teamId: "3" }, "open", "7")).toBe(false);
  });

  it("filters every view by state", () => {
    expect(matchesView(conversation({ state: "snoozed" }), { kind: "all" }, "open", "7")).toBe(false);
    expect(matchesView(conversation({ state: "snoozed" }), { kind: "all" }, "snoozed", "7")).toBe(true);
  });
});

describe("applyChange", () => {
  const inView = (c: InboxConversation) => c.state === "open";

  it("moves a conversation with new activity to the top", () => {
    const list = [conversation({ id: "2", last_part_at: 200 }), conversation({ id: "1", last_part_at: 100 })];
    const next = applyChange(list, conversation({ id: "1", last_part_at: 300 }), inView);
    expect(next.map((c) => c.id)).toEqual(["1", "2"]);
  });

  it("drops a conversation that left the view and adds a new one", () => {
    const list = [conversation({ id: "1" })];
    expect(applyChange(list, conversation({ id: "1", state: "closed" }), inView)).toEqual([]);
    expect(applyChange(list, conversation({ id: "5", last_part_at: 50 }), inView).map((c) => c.id)).toEqual(["1", "5"]);
  });
});

describe("byActivity", () => {
  it("orders ties by id so the list does not flicker", () => {
    const list = [conversation({ id: "3" }), conversation({ id: "10" })].sort(byActivity);
    expect(list.map((c) => c.id)).toEqual(["10", "3"]);
  });
});

describe("viewQuery", () => {
  it("narrows Mine and team views on the server and the rest by state", () => {
    expect(viewQuery({ kind: "mine" }, "open", "7")).toEqual({
      operator: "AND",
      value: [{ field: "state", operator: "=", value: "open" }, { field: "admin_assignee_id", operator: "=", value: "7" }],
    });
    expect(viewQuery({ kind: "unassigned" }, "closed", "7")).toEqual({ field: "state", operator: "=", value: "closed" });
  });
});

describe("searchQuery", () => {
  it("searches text alone, or text or the matching contacts", () => {
    expect(searchQuery("refund", [])).toEqual({ field: "source.body", operator: "~", value: "refund" });
    expect(searchQuery("ada", ["c1"])).toEqual({
      operator: "OR",
      value: [{ field: "source.body", operator: "~", value: "ada" }, { field: "contact_ids", operator: "IN", value: ["c1"] }],
    });
  });
});

describe("parseViewKey", () => {
  it("round-trips every view and falls back to All", () => {
    for (const view of [{ kind: "mine" }, { kind: "unassigned" }, { kind: "all" }, { kind: "team", teamId: "4" }] as const) {
      expect(parseViewKey(viewKey(view))).toEqual(view);
    }
    expect(parseViewKey("team-<script>")).toEqual({ kind: "all" });
  });
});

describe("parseInboxHash", () => {
  it("reads the view, the state and the open conversation", () => {
    expect(parseInboxHash("#/inbox/team-2/snoozed/15")).toEqual({ view: { kind: "team", teamId: "2" }, state: "snoozed", conversationId: "15" });
    expect(parseInboxHash("#/inbox")).toEqual({ view: { kind: "all" }, state: "open", conversationId: null });
    expect(inboxHref({ view: { kind: "mine" }, state: "open", conversationId: "9" })).toBe("#/inbox/mine/open/9");
  });
});

describe("previewText", () => {
  it("shows Markdown as its words on one line", () => {
    expect(previewText("A **bold** [offer](https://example.com)\nsee `code`")).toBe("A bold offer see code");
  });
});
