import { conversationById } from "../db/conversations.ts";
import { contactPrefix, conversationPrefix } from "../durable/attachmentKeys.ts";
import { acceptUpload } from "../conversation/uploads.ts";
import { limitContact, type ContactLimit } from "../http/contactLimits.ts";
import type { Handler } from "../http/context.ts";
import { notFound } from "../http/errors.ts";
import { visitorSession } from "./session.ts";

/** Files one contact may upload in an hour: a conversation's worth, not a file host's. */
export const UPLOADS_PER_HOUR = 60;

const UPLOADS: ContactLimit = {
  scope: "contact-uploads",
  limit: UPLOADS_PER_HOUR,
  windowSeconds: 3600,
  refusal: `A visitor may upload at most ${UPLOADS_PER_HOUR} files an hour.`,
};

/**
 * POST /messenger/{app_id}/attachments?name=&conversation_id=: a visitor's file, into one of its
 * own conversations, or (before its first message) into the contact's own space.
 */
export const uploadVisitorAttachment: Handler = async (request, c) => {
  const { workspace, contact } = await visitorSession(request, c);
  const raw = new URL(request.url).searchParams.get("conversation_id");
  let prefix = contactPrefix(workspace.id, contact.id);
  if (raw !== null) {
    const row = /^[1-9][0-9]{0,15}$/.test(raw) ? await conversationById(c.db, workspace.id, Number(raw)) : undefined;
    // Someone else's conversation is indistinguishable from a missing one.
    if (!row || row.contactId !== contact.id) throw notFound("Conversation");
    prefix = conversationPrefix(workspace.id, row.id);
  }
  await limitContact(c, workspace.id, contact.id, UPLOADS);
  return Response.json(await acceptUpload(c, request, prefix));
};
