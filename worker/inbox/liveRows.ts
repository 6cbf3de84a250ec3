import type { InboxConversation } from "../../shared/inbox.ts";
import type { ListFields } from "../db/listFields.ts";
import type { Conversation } from "../db/schema.ts";
import { inboxConversation, type ContactBits } from "./inboxView.ts";

/** How long the hub trusts what it read of a conversation's contact (a renamed contact shows within it). */
export const ROW_BASE_TTL_MS = 60_000;

/** What a live list row needs besides the room's fields: read from D1 once, then kept. */
export interface RowBase {
  conversation: Conversation;
  contact: ContactBits;
  readAt: number;
}

/** Read again when never read, read too long ago, or the conversation moved to another contact. */
export function needsRead(base: RowBase | undefined, contactId: string, now: number): boolean {
  return !base || base.conversation.contactId !== contactId || now - base.readAt >= ROW_BASE_TTL_MS;
}

/** The row admins see: the stored conversation overlaid with the room's newest fields. */
export function liveRow(base: RowBase, fields: ListFields): InboxConversation {
  return inboxConversation({ ...base.conversation, ...fields }, base.contact);
}
