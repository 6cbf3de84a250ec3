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

/** A visitor sees this much of the team: a first name and whether they are there, nothing else. */
export interface TeamFace {
  id: string;
  name: string;
  online: boolean;
}

export const TEAM_FACES = 5;

/** Online admins first (inbox open and not away), each known only by a first name. */
export function teamFaces(admins: readonly Admin[], online: ReadonlySet<string>): TeamFace[] {
  const faces = admins.map((a) => ({ id: String(a.id), name: a.name.trim().split(/\s+/)[0] || "Team", online: online.has(String(a.id)) && !a.away }));
  return [...faces.filter((f) => f.online), ...faces.filter((f) => !f.online)].slice(0, TEAM_FACES);
}
