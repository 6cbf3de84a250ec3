import type { InboxListOptions } from "../db/inboxListOptions.ts";
import { decodeCursor, encodeCursor } from "../http/pagination.ts";

// The query string of GET /admin/api/inbox/conversations, checked word by word so a typo (`team=`,
// `state=pending`) answers 400 instead of quietly listing something else.
export const INBOX_PAGE_DEFAULT = 50;
export const INBOX_PAGE_MAX = 100;
const TEXT_MAX = 200;
const KNOWN = new Set(["view", "team_id", "state", "contact_id", "q", "tag_id", "cursor", "per_page"]);
const NUMERIC_ID = /^[1-9][0-9]{0,15}$/;
// Contact ids are 24 hex digits (worker/db/contacts.ts); that module loads the database client.
const CONTACT_ID = /^[0-9a-f]{24}$/;

export type ParsedInboxQuery = { ok: true; options: InboxListOptions } | { ok: false; message: string };

/** The cursor is the (last_part_at, id) of the last row served, opaque to clients. */
export function inboxCursor(row: { lastPartAt: number; id: number }): string {
  return encodeCursor(`${row.lastPartAt}:${row.id}`);
}

function cursorPosition(raw: string): { at: number; id: number } | null {
  const decoded = decodeCursor(raw, (v) => /^[0-9]{1,12}:[1-9][0-9]{0,15}$/.test(v));
  if (decoded === null) return null;
  const [at, id] = decoded.split(":").map(Number);
  return at === undefined || id === undefined ? null : { at, id };
}

function viewOf(view: string | null, teamId: string | null, me: number): InboxListOptions["view"] | string {
  if (view === "team") {
    if (teamId === null) return "team_id is required when view is team.";
    return NUMERIC_ID.test(teamId) ? { kind: "team", teamId: Number(teamId) } : "team_id must be a team's id.";
  }
  if (teamId !== null) return "team_id is only allowed when view is team.";
  switch (view ?? "all") {
    case "all":
      return { kind: "all" };
    case "unassigned":
      return { kind: "unassigned" };
    case "mine":
      return { kind: "admin", adminId: me };
    default:
      return "view must be mine, unassigned, all or team.";
  }
}

/** `me` is the signed-in admin, whose conversations "mine" lists. */
export function parseInboxQuery(params: URLSearchParams, me: number): ParsedInboxQuery {
  const fail = (message: string): ParsedInboxQuery => ({ ok: false, message });
  for (const name of new Set(params.keys())) {
    if (!KNOWN.has(name)) return fail(`Unknown parameter ${name.slice(0, 40)}; expected ${[...KNOWN].join(", ")}.`);
    if (params.getAll(name).length > 1) return fail(`${name} is given more than once.`);
  }
  const view = viewOf(params.get("view"), params.get("team_id"), me);
  if (typeof view === "string") return fail(view);

  const state = params.get("state");
  if (state !== null && state !== "open" && state !== "closed" && state !== "snoozed") return fail("state must be open, closed or snoozed.");

  const contactId = params.get("contact_id");
  if (contactId !== null && !CONTACT_ID.test(contactId)) return fail("contact_id must be a contact's id.");

  const text = params.get("q")?.trim() ?? null;
  if (text !== null && (text.length === 0 || text.length > TEXT_MAX)) return fail(`q must be 1 to ${TEXT_MAX} characters.`);

  const tag = params.get("tag_id");
  if (tag !== null && !NUMERIC_ID.test(tag)) return fail("tag_id must be a tag's id.");

  const rawCursor = params.get("cursor");
  const after = rawCursor === null ? null : cursorPosition(rawCursor);
  if (rawCursor !== null && after === null) return fail("cursor is not one this endpoint issued.");

  const perPage = params.get("per_page");
  if (perPage !== null && !/^[1-9][0-9]{0,2}$/.test(perPage)) return fail(`per_page must be a whole number from 1 to ${INBOX_PAGE_MAX}.`);
  const limit = perPage === null ? INBOX_PAGE_DEFAULT : Number(perPage);
  if (limit > INBOX_PAGE_MAX) return fail(`per_page must be a whole number from 1 to ${INBOX_PAGE_MAX}.`);

  return { ok: true, options: { view, state, contactId, text, tagId: tag === null ? null : Number(tag), after, limit } };
}
