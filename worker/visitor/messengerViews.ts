import type { ConversationSummary } from "../../shared/protocol.ts";
import type { Admin, Contact, Conversation } from "../db/schema.ts";

// What the messenger sees of a conversation: its own side's unread count, no notes.
export function conversationForVisitor(row: Conversation): ConversationSummary {
  return {
    id: String(row.id),
    state: row.state,
    last_seq: row.lastSeq,
    last_part_at: row.lastPartAt,
    last_part_preview: row.lastPartPreview,
    last_part_author: { type: row.lastPartAuthorType === "admin" ? "admin" : row.lastPartAuthorType === "bot" ? "bot" : "user", id: "", name: null },
    unread: row.unreadByUser,
    read_seq: { user: 0, admin: 0 },
  };
}

export function visitorContactView(contact: Contact) {
  return { id: contact.id, role: contact.role, name: contact.name, email: contact.email };
}

export function teamFaces(admins: Admin[]) {
  return admins.filter((a) => !a.away).slice(0, 3).map((a) => ({ id: String(a.id), name: a.name }));
}
