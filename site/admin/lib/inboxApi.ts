import { request } from "./api.ts";
import { fields, type Fields } from "./decode.ts";
import { searchQuery, viewQuery, type ConversationState, type InboxConversation, type InboxView } from "./inbox.ts";

// The REST side of the inbox: the first page of a view, search, and the mapping of Intercom's
// conversation objects onto the inbox socket's InboxConversation so both feed one list.
export interface InboxPage {
  conversations: InboxConversation[];
  next: string | null;
}

type ContactCard = InboxConversation["contact"];
const contactCache = new Map<string, Promise<ContactCard>>();

function parseContactCard(f: Fields): ContactCard {
  return { id: f.id("id"), name: f.optStr("name"), email: f.optStr("email"), role: f.oneOf("role", ["user", "lead"]) };
}

// The list endpoint does not embed contact names; one cached lookup per contact fills them in.
function contactCard(id: string, fallbackRole: ContactCard["role"], signal: AbortSignal): Promise<ContactCard> {
  const cached = contactCache.get(id);
  if (cached) return cached;
  const loading = request("GET", `/api/contacts/${encodeURIComponent(id)}`, (payload) => parseContactCard(fields(payload)), { signal }).catch(() => {
    contactCache.delete(id);
    return { id, name: null, email: null, role: fallbackRole };
  });
  contactCache.set(id, loading);
  return loading;
}

/** Bodies arrive as escaped HTML; an inert document turns them into text without touching the live DOM. */
export function plainText(html: string): string {
  const text = new DOMParser().parseFromString(html, "text/html").body.textContent ?? "";
  return text.replace(/\s+/g, " ").trim();
}

interface RestConversation {
  base: Omit<InboxConversation, "contact">;
  contactId: string;
  role: ContactCard["role"];
}

function parseRest(f: Fields): RestConversation {
  const source = f.obj("source");
  const author = source.obj("author");
  const contactId = f.obj("contacts").list("contacts", (c) => c.id("id"))[0] ?? author.id("id");
  const adminId = f.raw("admin_assignee_id") === null || f.raw("admin_assignee_id") === undefined ? null : f.id("admin_assignee_id");
  const teamId = f.raw("team_assignee_id") === null || f.raw("team_assignee_id") === undefined ? null : f.id("team_assignee_id");
  return {
    contactId,
    role: author.str("type") === "user" ? "user" : "lead",
    base: {
      id: f.id("id"),
      state: f.oneOf("state", ["open", "closed", "snoozed"]),
      admin_assignee_id: adminId,
      team_assignee_id: teamId,
      created_at: f.time("created_at"),
      last_part_at: f.optTime("updated_at") ?? f.time("created_at"),
      last_part_preview: plainText(source.optStr("body") ?? ""),
      last_part_author_type: author.str("type"),
      unread: f.raw("read") === false ? 1 : 0,
      waiting_since: f.optTime("waiting_since"),
      snoozed_until: f.optTime("snoozed_until"),
      page_url: source.optStr("url"),
    },
  };
}

function parseList(payload: unknown): { rows: RestConversation[]; next: string | null } {
  const root = fields(payload);
  const next = root.optObj("pages")?.optObj("next") ?? null;
  return { rows: root.list("conversations", parseRest), next: next?.optStr("starting_after") ?? null };
}

async function withContacts(list: { rows: RestConversation[]; next: string | null }, signal: AbortSignal): Promise<InboxPage> {
  const conversations = await Promise.all(
    list.rows.map(async (row) => ({ ...row.base, contact: await contactCard(row.contactId, row.role, signal) })),
  );
  return { conversations, next: list.next };
}

const PER_PAGE = 50;

export async function fetchView(view: InboxView, state: ConversationState, me: string, cursor: string | null, signal: AbortSignal): Promise<InboxPage> {
  const pagination = cursor ? { per_page: PER_PAGE, starting_after: cursor } : { per_page: PER_PAGE };
  const body = { query: viewQuery(view, state, me), pagination };
  return withContacts(await request("POST", "/api/conversations/search", parseList, { body, signal }), signal);
}

export async function fetchByQuery(query: unknown, signal: AbortSignal): Promise<InboxPage> {
  const body = { query, pagination: { per_page: PER_PAGE } };
  return withContacts(await request("POST", "/api/conversations/search", parseList, { body, signal }), signal);
}

/** Matches message text, and conversations of contacts whose name or email contains the term. */
export async function searchConversations(term: string, signal: AbortSignal): Promise<InboxPage> {
  const contactQuery = {
    query: { operator: "OR", value: [{ field: "email", operator: "~", value: term }, { field: "name", operator: "~", value: term }] },
    pagination: { per_page: 50 },
  };
  const contactIds = await request("POST", "/api/contacts/search", (p) => fields(p).list("data", (c) => c.id("id")), { body: contactQuery, signal });
  return fetchByQuery(searchQuery(term, contactIds), signal);
}
