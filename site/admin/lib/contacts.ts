// The admin app's contacts endpoints (/admin/api/contacts…): filtered pages, one contact's page,
// notes and bulk actions. Every name shown comes from shared/contactName, as in the inbox.
import * as z from "zod/mini";
import { inboxConversation, type InboxConversation } from "../../../shared/inbox.ts";
import type { Rule } from "../../../shared/rules/index.ts";
import { ApiError, request } from "./api.ts";
import { DecodeError, fields, type Fields } from "./decode.ts";

export interface Contact {
  id: string;
  displayName: string;
  anonymous: boolean;
  role: "user" | "lead";
  externalId: string | null;
  email: string | null;
  name: string | null;
  lastSeenAt: number | null;
  signedUpAt: number | null;
  webSessions: number;
}

export interface ContactPage {
  contacts: Contact[];
  totalCount: number;
  // Cursor for the next page; null on the last page.
  next: string | null;
}

/** What the table shows: rules from the builder (already checked) and the search box's words. */
export interface ContactFilter {
  rules: Rule | null;
  query: string;
}

export type Selection = { ids: string[] } | { filter: ContactFilter };

export interface Note {
  id: string;
  body: string;
  createdAt: number;
  authorId: string;
}

export interface ContactEvent {
  id: string;
  name: string;
  createdAt: number;
  metadata: Array<[string, string]>;
}

export interface ContactProfile extends Contact {
  phone: string | null;
  createdAt: number;
  lastPageUrl: string | null;
  unsubscribed: boolean;
  location: string | null;
  attributes: Array<[string, string]>;
  events: ContactEvent[];
  conversations: InboxConversation[];
  notes: Note[];
}

const PER_PAGE = 50;
const BASE = "/admin/api/contacts";

function parseContact(f: Fields): Contact {
  return {
    id: f.id("id"),
    displayName: f.str("display_name"),
    anonymous: f.raw("anonymous") === true,
    role: f.oneOf("role", ["user", "lead"]),
    externalId: f.optStr("external_id"),
    email: f.optStr("email"),
    name: f.optStr("name"),
    lastSeenAt: f.optTime("last_seen_at"),
    signedUpAt: f.optTime("signed_up_at"),
    webSessions: f.num("web_sessions"),
  };
}

function scalarsOf(value: unknown): Array<[string, string]> {
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, v]): Array<[string, string]> =>
    typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? [[key, String(v)]] : v === null ? [] : [[key, JSON.stringify(v)]],
  );
}

export function parseNote(f: Fields): Note {
  return { id: f.id("id"), body: f.str("body"), createdAt: f.time("created_at"), authorId: f.obj("author").id("id") };
}

function locationOf(f: Fields): string | null {
  const location = f.optObj("location");
  if (!location) return null;
  const parts = [location.optStr("city"), location.optStr("region"), location.optStr("country")].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(", ") : null;
}

function parseProfile(payload: unknown): ContactProfile {
  const root = fields(payload);
  const c = root.obj("contact");
  const conversations = z.array(inboxConversation).safeParse(root.raw("conversations"));
  if (!conversations.success) throw new DecodeError("response.conversations: not a list of conversations");
  return {
    ...parseContact(c),
    phone: c.optStr("phone"),
    createdAt: c.time("created_at"),
    lastPageUrl: c.optStr("last_page_url"),
    unsubscribed: c.raw("unsubscribed_from_emails") === true,
    location: locationOf(c),
    attributes: scalarsOf(c.raw("custom_attributes")),
    events: root.list("events", (e) => ({ id: e.id("id"), name: e.str("name"), createdAt: e.time("created_at"), metadata: scalarsOf(e.raw("metadata")) })),
    conversations: conversations.data,
    notes: root.list("notes", parseNote),
  };
}

export function fetchContacts(filter: ContactFilter, cursor: string | null, signal: AbortSignal): Promise<ContactPage> {
  const body = { rules: filter.rules, query: filter.query, per_page: PER_PAGE, starting_after: cursor };
  return request("POST", `${BASE}/search`, (payload) => {
    const root = fields(payload);
    return { contacts: root.list("contacts", parseContact), totalCount: root.num("total_count"), next: root.optStr("next") };
  }, { body, signal });
}

export function fetchContactProfile(id: string, signal: AbortSignal): Promise<ContactProfile> {
  return request("GET", `${BASE}/${encodeURIComponent(id)}`, parseProfile, { signal });
}

export function addNote(contactId: string, body: string): Promise<Note> {
  return request("POST", `${BASE}/${encodeURIComponent(contactId)}/notes`, (p) => parseNote(fields(p)), { body: { body } });
}

/** One request's worth: a filter selection deletes a batch at a time and says how many remain. */
export function bulkDelete(selection: Selection): Promise<{ deleted: number; remaining: number }> {
  return request("POST", `${BASE}/bulk_delete`, (p) => {
    const f = fields(p);
    return { deleted: f.num("deleted"), remaining: f.num("remaining") };
  }, { body: selection });
}

/** Adds the tag (made if new) to every selected contact, or removes it; how many contacts changed. */
export function bulkTag(selection: Selection, name: string, remove: boolean): Promise<number> {
  return request("POST", `${BASE}/bulk_tag`, (p) => fields(p).num("changed"), { body: { selection, name, remove } });
}

export async function exportCsv(selection: Selection): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(`${BASE}/export`, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(selection),
    });
  } catch {
    throw new ApiError(0, "network_error", "Could not reach the server. Check your connection and try again.");
  }
  if (!response.ok) throw new ApiError(response.status, "http_error", `The export failed (HTTP ${response.status}).`);
  return response.blob();
}
