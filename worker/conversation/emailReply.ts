import { bodyProblem } from "../../shared/protocol.ts";
import { openDb } from "../db/client.ts";
import { contactById } from "../db/contacts.ts";
import { conversationById } from "../db/conversations.ts";
import { roomOf } from "../durable/stubs.ts";
import type { Env } from "../env.ts";
import { replyTargetOf } from "../identity/replyAddress.ts";
import { secretKeyText } from "../identity/secretBox.ts";
import { sha256Hex } from "../identity/secrets.ts";
import { parseMail } from "./mimeMessage.ts";
import { fromContact } from "./replySender.ts";
import { replyText } from "./replyText.ts";

// An email to a conversation's Reply-To address (CONTRACT §7): from the contact's own address it
// becomes their comment in that conversation, without what their mail client quoted; from
// anyone else, to an address Parley did not sign, or with nothing new in it, it adds nothing.

/** Larger messages are attachments, not replies: they are not read at all. */
export const MAX_INBOUND_BYTES = 1024 * 1024;

export interface InboundEmail {
  /** The envelope's sender and recipient, as the email() handler gets them. */
  from: string;
  to: string;
  raw: string;
}

export type InboundOutcome = "added" | "unknown_address" | "no_conversation" | "not_the_contact" | "empty";

/** Cut to the part size limit: a long email is kept in part rather than lost. */
function withinLimit(text: string): string {
  if (bodyProblem(text) !== "too_large") return text;
  let kept = text;
  while (bodyProblem(`${kept}…`) === "too_large") kept = kept.slice(0, Math.floor(kept.length * 0.9));
  return `${kept}…`;
}

export async function receiveReply(env: Env, email: InboundEmail, now: number): Promise<InboundOutcome> {
  const target = await replyTargetOf(secretKeyText(env), email.to);
  if (!target) return "unknown_address";
  const db = openDb(env.DB);
  const conversation = await conversationById(db, target.workspaceId, target.conversationId);
  const contact = conversation ? await contactById(db, target.workspaceId, conversation.contactId) : undefined;
  if (!conversation || !contact) return "no_conversation";
  const mail = parseMail(email.raw);
  if (!fromContact(contact.email, email.from, mail.from)) return "not_the_contact";
  const body = withinLimit(replyText(mail.text));
  if (bodyProblem(body) !== null) return "empty";
  // The Message-ID makes a redelivered email the same part, not a second one.
  const clientId = mail.messageId ? `email-${(await sha256Hex(mail.messageId)).slice(0, 32)}` : null;
  const result = await roomOf(env, target.workspaceId, target.conversationId).post({
    clientId, partType: "comment", author: { type: "user", id: contact.id, name: contact.name }, body, createdAt: now,
  });
  return result.ok ? "added" : "empty";
}
