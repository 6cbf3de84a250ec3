// GET /api/emails (CONTRACT §7): every email Parley sent in the workspace, newest first, narrowed
// to a contact and/or a conversation.
import { emailsOf } from "../db/emails.ts";
import type { OutboxEmail } from "../db/schema.ts";
import { queryString, type AuthedHandler } from "../http/context.ts";
import { ApiError } from "../http/errors.ts";

const LIMIT = 150;

export function emailView(e: OutboxEmail) {
  return {
    type: "email",
    id: String(e.id),
    to: e.recipient,
    reply_to: e.replyTo,
    subject: e.subject,
    text: e.text,
    sent_at: e.sentAt,
    conversation_id: e.conversationId === null ? null : String(e.conversationId),
  };
}

function conversationFilter(raw: string | undefined): number | undefined {
  if (raw === undefined || raw === "") return undefined;
  if (!/^[0-9]{1,15}$/.test(raw)) throw new ApiError("parameter_invalid", "conversation_id must be a conversation id.");
  return Number(raw);
}

export const listEmails: AuthedHandler = async (request, c) => {
  const contactId = queryString(request, "contact_id") || undefined;
  const conversationId = conversationFilter(queryString(request, "conversation_id"));
  const rows = await emailsOf(c.db, c.principal.workspaceId, { contactId, conversationId, limit: LIMIT });
  return Response.json({ type: "list", data: rows.map(emailView) });
};
