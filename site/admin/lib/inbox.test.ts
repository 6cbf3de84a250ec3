import { describe, expect, it } from "vitest";
import { applyChange, byActivity, matchesView, mergePage, parseViewKey, previewText, viewKey, viewParams, type InboxConversation } from "./inbox.ts";
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
  it("keeps an outbound message out of every view until the contact replies", () => {
    const outbound = conversation({ awaiting_contact: true, last_part_author_type: "admin", waiting_since: null });
    for (const view of [{ kind: "mine" }, { kind: "unassigned" }, { kind: "all" }, { kind: "team", teamId: "2" }] as const) {
      const row = { ...outbound, admin_assignee_id: view.kind === "unassigned" ? null : "7", team_assignee_id: "2" };
      expect(matchesView(row, view, "open", "7")).toBe(false);
      expect(matchesView({ ...row, awaiting_contact: false }, view, "open", "7")).toBe(true);
    }
  });

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

describe("mergePage", () => {
  it("appends a later page in activity order", () => {
    const list = [conversation({ id: "3", last_part_at: 300 })];
    const page = [conversation({ id: "2", last_part_at: 200 }), conversation({ id: "1", last_part_at: 100 })];
    expect(mergePage(list, page).map((c) => c.id)).toEqual(["3", "2", "1"]);
  });

  it("keeps a live change that is newer than the fetched row, and takes a fetched row that is newer", () => {
    const live = conversation({ id: "1", last_part_at: 500, last_part_preview: "Live" });
    expect(mergePage([live], [conversation({ id: "1", last_part_at: 100, last_part_preview: "Stale" })])).toEqual([live]);
    const fresh = conversation({ id: "1", last_part_at: 600, last_part_preview: "Fresh" });
    expect(mergePage([live], [fresh])).toEqual([fresh]);
  });
});

describe("viewParams", () => {
  it("asks the server for the view and state, with the team's id for a team view", () => {
    expect(viewParams({ kind: "unassigned" }, "open").toString()).toBe("view=unassigned&state=open");
    expect(viewParams({ kind: "mine" }, "closed").toString()).toBe("view=mine&state=closed");
    expect(viewParams({ kind: "team", teamId: "4" }, "snoozed").toString()).toBe("view=team&state=snoozed&team_id=4");
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
