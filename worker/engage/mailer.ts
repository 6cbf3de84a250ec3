// Email goes out through a Mailer so the send_email binding can be swapped: worker tests have no
// such binding, and then the outbox row is the only trace (see docs/engage.md).
import { releaseOutboxEmail, reserveOutboxEmail } from "../db/deliveryQueue.ts";
import type { Db } from "../db/client.ts";
import type { Env } from "../env.ts";

export interface OutgoingEmail {
  workspaceId: number;
  deliveryId: number | null;
  to: string;
  fromName: string;
  subject: string;
  text: string;
  html: string;
  sentAt: number;
  /** Set for a conversation's email: replies to this address come back into the conversation. */
  replyTo?: string | null;
  contactId?: string | null;
  conversationId?: number | null;
}

export interface Mailer {
  send(email: OutgoingEmail): Promise<void>;
}

export const DEFAULT_FROM = "parley@example.com";

/**
 * Records the email in the outbox the admin app lists, then sends it through env.EMAIL when bound.
 * The row comes first so that a delivery's email is sent once even if its queue message is
 * handled twice; a send that fails takes its row back out, so a retry can send it.
 */
export function mailerFor(env: Env, db: Db): Mailer {
  return {
    async send(email) {
      const row = await reserveOutboxEmail(db, {
        workspaceId: email.workspaceId,
        deliveryId: email.deliveryId,
        recipient: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        sentAt: email.sentAt,
        contactId: email.contactId ?? null,
        conversationId: email.conversationId ?? null,
        replyTo: email.replyTo ?? null,
      });
      if (!row || !env.EMAIL) return;
      try {
        await env.EMAIL.send({
          from: { name: email.fromName, email: env.PARLEY_EMAIL_FROM ?? DEFAULT_FROM },
          to: email.to,
          subject: email.subject,
          text: email.text,
          html: email.html,
          ...(email.replyTo ? { replyTo: email.replyTo } : {}),
        });
      } catch (error) {
        await releaseOutboxEmail(db, row.id);
        throw error;
      }
    },
  };
}
