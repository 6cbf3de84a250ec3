import type { Part } from "../../shared/protocol.ts";
import type { Contact, Conversation } from "../db/schema.ts";
import { textToHtml } from "./bodyFormat.ts";

// Intercom's Conversation object. The first part is the conversation's `source`; the parts list
// holds the rest, as in Intercom.

type Who = { type: string; id: string; name: string | null; email: string | null };

function authorOf(part: Part, contact: Contact | undefined, adminEmails: Map<string, string>): Who {
  if (part.author.type === "user") return { type: contact?.role ?? "user", id: part.author.id, name: contact?.name ?? part.author.name, email: contact?.email ?? null };
  return { type: part.author.type, id: part.author.id, name: part.author.name, email: adminEmails.get(part.author.id) ?? null };
}

export function partView(conversationId: number, part: Part, contact: Contact | undefined, adminEmails: Map<string, string>) {
  return {
    type: "conversation_part",
    id: `${conversationId}-${part.seq}`,
    part_type: part.part_type === "snoozed" ? "snoozed" : part.part_type,
    body: part.body ? textToHtml(part.body) : null,
    created_at: part.created_at,
    updated_at: part.created_at,
    notified_at: part.created_at,
    assigned_to: part.assigned_to ? { type: part.assigned_to.type, id: part.assigned_to.id } : null,
    author: authorOf(part, contact, adminEmails),
    attachments: part.attachments ?? [],
    external_id: part.client_id,
    redacted: false,
  };
}

/** As Intercom: a conversation read by id shows its 500 latest parts; `total_count` counts them all. */
export const CONVERSATION_PARTS_SHOWN = 500;

/** `parts.list` starts with the source part; `parts.total` counts every part when the list is cut. */
export function conversationView(row: Conversation, contact: Contact | undefined, parts?: { list: Part[]; adminEmails: Map<string, string>; total?: number }) {
  const source = parts?.list[0];
  const view = {
    type: "conversation",
    id: String(row.id),
    title: null,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
    waiting_since: row.waitingSince,
    snoozed_until: row.snoozedUntil,
    open: row.state !== "closed",
    state: row.state,
    read: row.unreadByAdmin === 0,
    priority: "not_priority",
    admin_assignee_id: row.adminAssigneeId,
    team_assignee_id: row.teamAssigneeId === null ? null : String(row.teamAssigneeId),
    tags: { type: "tag.list", tags: [] },
    conversation_rating: null,
    source: {
      type: "conversation",
      id: String(row.id),
      delivered_as: row.sourceAuthorType === "user" ? "customer_initiated" : "admin_initiated",
      subject: "",
      body: textToHtml(row.sourceBody),
      author: source
        ? authorOf(source, contact, parts.adminEmails)
        : { type: row.sourceAuthorType === "user" ? (contact?.role ?? "user") : "admin", id: row.sourceAuthorId, name: null, email: null },
      attachments: source?.attachments ?? [],
      url: row.pageUrl,
      redacted: false,
    },
    contacts: { type: "contact.list", contacts: contact ? [{ type: "contact", id: contact.id, external_id: contact.externalId }] : [] },
    teammates: { type: "admin.list", admins: [] },
    custom_attributes: {},
    first_contact_reply: null,
    sla_applied: null,
    statistics: null,
  };
  if (!parts) return view;
  const rest = parts.list.slice(1).map((p) => partView(row.id, p, contact, parts.adminEmails));
  const total = Math.max(0, (parts.total ?? parts.list.length) - 1);
  return { ...view, conversation_parts: { type: "conversation_part.list", conversation_parts: rest, total_count: total } };
}
