import type { InboxConversation } from "../../shared/inbox.ts";
import type { TagRef } from "../../shared/tags.ts";
import type { ListFields } from "../db/listFields.ts";
import type { Conversation } from "../db/schema.ts";
import { inboxConversation, type ContactBits } from "./inboxView.ts";

/** About how long the hub trusts what it read of a conversation's contact (a renamed contact shows within it). */
export const ROW_BASE_TTL_MS = 60_000;
/** Past this many kept bases, expired ones are dropped, so a long-lived hub does not grow forever. */
export const ROW_BASES_KEPT = 2000;

/** What a live list row needs besides the room's fields: read from D1 once, then kept. */
export interface RowBase {
  conversation: Conversation;
  contact: ContactBits;
  tags?: TagRef[];
  expiresAt: number;
}

/**
 * When a base read at `now` expires: spread over ±25 % of the TTL (`random` in [0, 1)), so rows
 * read together are not all read again in the same batch.
 */
export function baseExpiry(now: number, random: number): number {
  return now + Math.round(ROW_BASE_TTL_MS * (0.75 + 0.5 * random));
}

/** Expired bases refreshed per batch at most: a refresh can wait, a row without a base cannot. */
export const REFRESHES_PER_BATCH = 10;

/** The conversations to read for a batch: every one without a usable base, and a few expired ones. */
export function toRead(bases: ReadonlyMap<number, RowBase>, changes: readonly { conversationId: number; contactId: string }[], now: number): number[] {
  const missing: number[] = [];
  const expired: number[] = [];
  for (const c of changes) {
    const base = bases.get(c.conversationId);
    if (!base || base.conversation.contactId !== c.contactId) missing.push(c.conversationId);
    else if (now >= base.expiresAt) expired.push(c.conversationId);
  }
  return [...missing, ...expired.slice(0, REFRESHES_PER_BATCH)];
}

/** Drops expired bases once more than ROW_BASES_KEPT are kept. */
export function pruneBases(bases: Map<number, RowBase>, now: number): void {
  if (bases.size <= ROW_BASES_KEPT) return;
  for (const [id, base] of bases) if (now >= base.expiresAt) bases.delete(id);
}

/** The row admins see: the stored conversation overlaid with the room's newest fields. */
export function liveRow(base: RowBase, fields: ListFields): InboxConversation {
  return inboxConversation({ ...base.conversation, ...fields }, base.contact, base.tags);
}
