import { describe, expect, it } from "vitest";
import { inboxCursor, parseInboxQuery, type ParsedInboxQuery } from "./inboxListQuery.ts";

const ME = 7;
const parse = (query: string): ParsedInboxQuery => parseInboxQuery(new URLSearchParams(query), ME);

function options(query: string) {
  const parsed = parse(query);
  if (!parsed.ok) throw new Error(`expected ${query} to parse: ${parsed.message}`);
  return parsed.options;
}

function message(query: string): string {
  const parsed = parse(query);
  if (parsed.ok) throw new Error(`expected ${query} to be refused`);
  return parsed.message;
}

describe("parseInboxQuery", () => {
  it("lists every conversation, 50 at a time, when nothing is asked", () => {
    expect(options("")).toEqual({ view: { kind: "all" }, state: null, contactId: null, text: null, tagId: null, after: null, limit: 50 });
  });

  it("turns mine into the signed-in admin and team into its id", () => {
    expect(options("view=mine").view).toEqual({ kind: "admin", adminId: ME });
    expect(options("view=unassigned&state=snoozed")).toMatchObject({ view: { kind: "unassigned" }, state: "snoozed" });
    expect(options("view=team&team_id=12").view).toEqual({ kind: "team", teamId: 12 });
  });

  it("reads a contact, a trimmed search term and a page size", () => {
    expect(options("contact_id=0123456789abcdef01234567&q=%20refund%20&per_page=100")).toMatchObject({
      contactId: "0123456789abcdef01234567",
      text: "refund",
      limit: 100,
    });
  });

  it("continues after the row its own cursor names", () => {
    const cursor = inboxCursor({ lastPartAt: 1_700_000_000, id: 42 });
    expect(options(`cursor=${cursor}`).after).toEqual({ at: 1_700_000_000, id: 42 });
  });

  it("narrows any view to the conversations carrying a tag", () => {
    expect(options("view=mine&tag_id=9")).toMatchObject({ view: { kind: "admin", adminId: ME }, tagId: 9 });
    expect(message("tag_id=vip")).toMatch(/tag_id must be/);
    expect(message("tag_id=0")).toMatch(/tag_id must be/);
  });

  it("refuses a team view without a team, and a team without the team view", () => {
    expect(message("view=team")).toMatch(/team_id is required/);
    expect(message("view=team&team_id=abc")).toMatch(/team_id must be/);
    expect(message("view=all&team_id=3")).toMatch(/only allowed when view is team/);
  });

  it("refuses unknown views, states, parameters and repeated parameters", () => {
    expect(message("view=everything")).toMatch(/view must be/);
    expect(message("state=pending")).toMatch(/state must be/);
    expect(message("team=3")).toMatch(/Unknown parameter team/);
    expect(message("state=open&state=closed")).toMatch(/more than once/);
  });

  it("refuses a bad contact id, an empty or long search, a forged cursor and a page size out of range", () => {
    expect(message("contact_id=1")).toMatch(/contact_id/);
    expect(message("q=%20")).toMatch(/q must be/);
    expect(message(`q=${"a".repeat(201)}`)).toMatch(/q must be/);
    expect(message(`cursor=${btoa("1 OR 1=1")}`)).toMatch(/cursor/);
    expect(message("per_page=0")).toMatch(/per_page/);
    expect(message("per_page=101")).toMatch(/per_page/);
    expect(message("per_page=ten")).toMatch(/per_page/);
  });
});
