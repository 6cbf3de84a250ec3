import { describe, expect, it } from "vitest";
import type { InboxConversation } from "./inbox.ts";
import { countText, viewCounts } from "./inboxCounts.ts";

function row(id: string, admin: string | null, team: string | null = null): InboxConversation {
  return {
    id,
    state: "open",
    admin_assignee_id: admin,
    team_assignee_id: team,
    created_at: 1,
    last_part_at: 1,
    waiting_since: null,
    snoozed_until: null,
    unread: 0,
    last_part_preview: "",
    last_part_author_type: "user",
    page_url: null,
    contact: { id: `c${id}`, name: null, email: null, role: "lead" },
  };
}

const MINE = { kind: "mine" } as const;
const ALL = { kind: "all" } as const;
const UNASSIGNED = { kind: "unassigned" } as const;
const SALES = { kind: "team", teamId: "7" } as const;

describe("viewCounts", () => {
  it("counts every view from the rows of All", () => {
    const rows = [row("1", "me"), row("2", null, "7"), row("3", null), row("4", "other", "7")];
    const counts = viewCounts(rows, ALL, [MINE, UNASSIGNED, SALES, ALL], "open", "me", false);
    expect(Object.fromEntries([...counts].map(([k, v]) => [k, v.n]))).toEqual({ mine: 1, unassigned: 2, "team-7": 2, all: 4 });
  });

  it("counts only the shown view otherwise, since the others' rows are not here", () => {
    const counts = viewCounts([row("1", "me")], MINE, [MINE, UNASSIGNED, ALL], "open", "me", false);
    expect([...counts.keys()]).toEqual(["mine"]);
  });
});

describe("countText", () => {
  it("marks a count with more pages behind it as a floor", () => {
    expect(countText({ n: 50, more: true })).toBe("50+");
    expect(countText({ n: 3, more: false })).toBe("3");
  });
});
