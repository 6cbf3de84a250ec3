// Engage deliveries start conversations by the hundred (docs/engage.md "Delivery at scale"): a
// queue batch's D1 rows in one round trip, already holding the list row the room will compute,
// then every room at once. An admin's message is never routed (routing applies to conversations
// a contact starts, CONTRACT §1) and gets no away reply, so a room start is one call with no
// hub round trip; its list row reaches the hub behind (admins' open inboxes still hear of it)
// and the contact's channel is told only when their messenger may be open.
import { bodyProblem, type Part } from "../../shared/protocol.ts";
import { insertAdminConversations, type AdminStartedRow } from "../db/conversationsMany.ts";
import type { ListFields } from "../db/listFields.ts";
import type { Contact, Conversation } from "../db/schema.ts";
import type { NewPart, RoomMeta } from "../durable/rpc.ts";
import { roomOf } from "../durable/stubs.ts";
import type { Ctx } from "../http/context.ts";
import { emptyState, listFields, nextPart, withPart } from "./roomState.ts";

export interface AdminStart {
  contact: Contact;
  author: NewPart["author"];
  body: string;
  /** The first part's client id, which keys the conversation: a second start finds the first. */
  clientId: string;
  createdAt: number;
  /** Whether the contact's messenger may be open: only then is their channel told. */
  notifyContact: boolean;
}

export interface Started {
  conversation: Conversation;
  part: Part;
}

/** The list row a room holds after its first part, as ConversationRoom.start computes it. */
export function firstListRow(workspaceId: number, start: AdminStart): ListFields | null {
  const meta: RoomMeta = {
    workspaceId, conversationId: 0, contactId: start.contact.id, state: "open", snoozedUntil: null, adminAssigneeId: null, teamAssigneeId: null,
    createdAt: start.createdAt, readUser: 0, readAdmin: 0, waitingSince: null, firstAdminReplyAt: null, closedAt: null,
  };
  const empty = emptyState(meta);
  return listFields(withPart(empty, nextPart(empty, { clientId: start.clientId, partType: "comment", author: start.author, body: start.body, createdAt: start.createdAt })));
}

/** One outcome per start, in order: a start that cannot be made is rejected alone. */
export async function startAdminConversations(c: Ctx, workspaceId: number, starts: readonly AdminStart[]): Promise<PromiseSettledResult<Started>[]> {
  const rows: AdminStartedRow[] = [];
  for (const start of starts) {
    const fields = bodyProblem(start.body) === null ? firstListRow(workspaceId, start) : null;
    if (fields) rows.push({ ...fields, contactId: start.contact.id, sourceAuthorId: start.author.id, sourceBody: start.body, sourceClientId: start.clientId, createdAt: start.createdAt });
  }
  const stored = await insertAdminConversations(c.db, workspaceId, rows);
  const byKey = new Map(stored.map((row) => [`${row.contactId}\n${row.sourceClientId ?? ""}`, row]));
  return Promise.allSettled(
    starts.map(async (start) => {
      const conversation = byKey.get(`${start.contact.id}\n${start.clientId}`);
      if (!conversation) throw new Error(bodyProblem(start.body) ? `the message cannot be sent: ${bodyProblem(start.body)}` : "the conversation row was not stored");
      const part = await roomOf(c.env, workspaceId, conversation.id).start({
        workspaceId,
        conversationId: conversation.id,
        contactId: start.contact.id,
        first: { clientId: start.clientId, partType: "comment", author: start.author, body: start.body, createdAt: conversation.createdAt },
        route: null,
        away: null,
        batch: { notifyContact: start.notifyContact },
      });
      return { conversation, part };
    }),
  );
}
