import type { InboxConversation } from "../../shared/inbox.ts";
import type { TagRef } from "../../shared/tags.ts";
import type { Conversation } from "../db/schema.ts";

export type ContactBits = { id: string; name: string | null; email: string | null; role: "user" | "lead" } | null;

/** An outbound message the contact has not answered: not a conversation for the team yet (as in Intercom). */
export function awaitingContact(c: Pick<Conversation, "sourceAuthorType" | "contactRepliedAt">): boolean {
  return c.sourceAuthorType !== "user" && c.contactRepliedAt === null;
}

export function inboxConversation(c: Conversation, contact: ContactBits, tags?: TagRef[]): InboxConversation {
  const row: InboxConversation = {
    id: String(c.id),
    contact: contact ?? { id: c.contactId, name: null, email: null, role: "lead" },
    state: c.state,
    admin_assignee_id: c.adminAssigneeId === null ? null : String(c.adminAssigneeId),
    team_assignee_id: c.teamAssigneeId === null ? null : String(c.teamAssigneeId),
    created_at: c.createdAt,
    last_part_at: c.lastPartAt,
    last_part_preview: c.lastPartPreview,
    last_part_author_type: c.lastPartAuthorType,
    unread: c.unreadByAdmin,
    waiting_since: c.waitingSince,
    snoozed_until: c.snoozedUntil,
    page_url: c.pageUrl,
    awaiting_contact: awaitingContact(c),
  };
  return tags === undefined ? row : { ...row, tags };
}
