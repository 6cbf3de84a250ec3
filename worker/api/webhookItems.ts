import { adminsOf } from "../db/admins.ts";
import type { Db } from "../db/client.ts";
import { contactById } from "../db/contacts.ts";
import { conversationById } from "../db/conversations.ts";
import { ratingOf } from "../db/ratings.ts";
import type { Conversation } from "../db/schema.ts";
import { tagsOfConversation } from "../db/taggings.ts";
import { roomOf } from "../durable/stubs.ts";
import type { Env } from "../env.ts";
import { ratingView } from "../http/ratingView.ts";
import { conversationTagsView } from "../http/tagViews.ts";
import type { ConversationEvent } from "../webhooks/messages.ts";
import { CONVERSATION_PARTS_SHOWN, conversationView } from "./conversationViews.ts";
import { withAbsoluteLinks } from "./replyFiles.ts";

/**
 * A webhook's `item` for a conversation event: the REST API's conversation as it was at the event.
 * The room's log is cut at the event's part and its state is the room's meta right after that
 * part (carried by the event), so a reply or a close that came later is not in it. The source,
 * the contact and tags are read when the event is consumed, normally within seconds.
 */
export async function conversationItem(env: Env, db: Db, event: ConversationEvent): Promise<Record<string, unknown> | null> {
  const { workspaceId, conversationId } = event;
  const [row, recent, admins] = await Promise.all([conversationById(db, workspaceId, conversationId), roomOf(env, workspaceId, conversationId).recent(event.seq, CONVERSATION_PARTS_SHOWN), adminsOf(db, workspaceId)]);
  if (!row || !recent) return null;
  const [contact, rating, tags] = await Promise.all([contactById(db, workspaceId, row.contactId), ratingOf(db, workspaceId, row.id), tagsOfConversation(db, workspaceId, row.id)]);
  const origin = env.PARLEY_PUBLIC_URL ?? "http://127.0.0.1:8787";
  const parts = recent.parts.map((p) => withAbsoluteLinks(p, origin));
  const view = conversationView(rowAtEvent(row, event), contact, { list: parts, total: recent.total, adminEmails: new Map(admins.map((a) => [String(a.id), a.email])) });
  const ratedBefore = rating && rating.createdAt <= event.createdAt ? rating : undefined;
  return { ...view, conversation_rating: ratingView(ratedBefore, row.contactId), tags: conversationTagsView(tags) };
}

function rowAtEvent(row: Conversation, event: ConversationEvent): Conversation {
  const { at } = event;
  return {
    ...row,
    state: at.state,
    snoozedUntil: at.snoozedUntil,
    adminAssigneeId: at.adminAssigneeId,
    teamAssigneeId: at.teamAssigneeId,
    waitingSince: at.waitingSince,
    unreadByAdmin: at.readAdmin >= event.seq ? 0 : 1,
    updatedAt: event.createdAt,
  };
}
