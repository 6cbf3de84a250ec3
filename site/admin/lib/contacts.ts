import { request } from "./api.ts";
import { fields, type Fields } from "./decode.ts";

export interface Contact {
  id: string;
  role: "user" | "lead";
  externalId: string | null;
  email: string | null;
  name: string | null;
  lastSeenAt: number | null;
  webSessions: number;
}

export interface ContactPage {
  contacts: Contact[];
  totalCount: number;
  // Cursor for the next page; null on the last page.
  next: string | null;
}

const PER_PAGE = 50;

function parseContact(f: Fields): Contact {
  return {
    id: f.id("id"),
    role: f.oneOf("role", ["user", "lead"]),
    externalId: f.optStr("external_id"),
    email: f.optStr("email"),
    name: f.optStr("name"),
    lastSeenAt: f.optTime("last_seen_at"),
    webSessions: f.raw("web_sessions") === undefined ? 0 : f.num("web_sessions"),
  };
}

function parsePage(payload: unknown): ContactPage {
  const root = fields(payload);
  const next = root.obj("pages").optObj("next");
  return {
    contacts: root.list("data", parseContact),
    totalCount: root.num("total_count"),
    next: next ? next.optStr("starting_after") : null,
  };
}

// An empty query lists everyone; otherwise match email OR name, as Intercom's
// search API does with a nested OR group of "contains" predicates.
export function fetchContacts(query: string, cursor: string | null, signal: AbortSignal): Promise<ContactPage> {
  const term = query.trim();
  if (term === "") {
    const params = new URLSearchParams({ per_page: String(PER_PAGE) });
    if (cursor) params.set("starting_after", cursor);
    return request("GET", `/api/contacts?${params.toString()}`, parsePage, { signal });
  }
  const body = {
    query: {
      operator: "OR",
      value: [
        { field: "email", operator: "~", value: term },
        { field: "name", operator: "~", value: term },
      ],
    },
    pagination: cursor ? { per_page: PER_PAGE, starting_after: cursor } : { per_page: PER_PAGE },
  };
  return request("POST", "/api/contacts/search", parsePage, { body, signal });
}
