import { request } from "./api.ts";
import { fields, type Fields } from "./decode.ts";
import type { ConversationState } from "./inbox.ts";
import { tagOf, type TagRef } from "./tags.ts";

// One conversation's REST side: who it is assigned to and its state (refreshed after every
// action part), the actions themselves, and the contact behind it.
export interface ConversationDetail {
  id: string;
  state: ConversationState;
  adminAssigneeId: string | null;
  teamAssigneeId: string | null;
  snoozedUntil: number | null;
  contactId: string | null;
  pageUrl: string | null;
  tags: TagRef[];
}

function optId(f: Fields, key: string): string | null {
  const value = f.raw(key);
  return value === null || value === undefined ? null : f.id(key);
}

function parseDetail(payload: unknown): ConversationDetail {
  const f = fields(payload);
  return {
    id: f.id("id"),
    state: f.oneOf("state", ["open", "closed", "snoozed"]),
    adminAssigneeId: optId(f, "admin_assignee_id"),
    teamAssigneeId: optId(f, "team_assignee_id"),
    snoozedUntil: f.optTime("snoozed_until"),
    contactId: f.obj("contacts").list("contacts", (c) => c.id("id"))[0] ?? null,
    pageUrl: f.obj("source").optStr("url"),
    tags: f.optObj("tags")?.list("tags", tagOf) ?? [],
  };
}

const path = (id: string) => `/api/conversations/${encodeURIComponent(id)}`;

export function getConversation(id: string, signal?: AbortSignal): Promise<ConversationDetail> {
  return request("GET", path(id), parseDetail, signal ? { signal } : {});
}

export type Action =
  | { kind: "close" }
  | { kind: "open" }
  | { kind: "snooze"; until: number }
  | { kind: "assign"; to: "admin" | "team"; id: string | null };

/** The same REST parts an API client would post, so UI and API actions leave identical timelines. */
export function act(conversationId: string, adminId: string, action: Action): Promise<ConversationDetail> {
  const body =
    action.kind === "snooze"
      ? { message_type: "snoozed", admin_id: adminId, snoozed_until: action.until }
      : action.kind === "assign"
        ? { message_type: "assignment", admin_id: adminId, type: action.to, assignee_id: action.id ?? "0" }
        : { message_type: action.kind, admin_id: adminId };
  return request("POST", `${path(conversationId)}/parts`, parseDetail, { body });
}

export interface ContactDetail {
  id: string;
  role: "user" | "lead";
  name: string | null;
  email: string | null;
  externalId: string | null;
  lastSeenAt: number | null;
  webSessions: number;
  attributes: Array<[string, string]>;
}

function attributesOf(f: Fields): Array<[string, string]> {
  const value = f.raw("custom_attributes");
  if (typeof value !== "object" || value === null) return [];
  const scalars: Array<[string, string]> = [];
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") scalars.push([key, String(v)]);
  }
  return scalars;
}

export function getContact(id: string, signal: AbortSignal): Promise<ContactDetail> {
  return request(
    "GET",
    `/api/contacts/${encodeURIComponent(id)}`,
    (payload) => {
      const f = fields(payload);
      return {
        id: f.id("id"),
        role: f.oneOf("role", ["user", "lead"]),
        name: f.optStr("name"),
        email: f.optStr("email"),
        externalId: f.optStr("external_id"),
        lastSeenAt: f.optTime("last_seen_at"),
        webSessions: f.raw("web_sessions") === undefined ? 0 : f.num("web_sessions"),
        attributes: attributesOf(f),
      };
    },
    { signal },
  );
}
