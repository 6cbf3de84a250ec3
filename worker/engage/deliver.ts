// Sending one claimed delivery: in-app as an admin's conversation, or by email through the
// Mailer. Whoever calls this (the run itself, or the queue's consumer) claimed the row first
// (worker/engage/dispatch.ts); sending twice is harmless: the conversation is keyed by the
// delivery (`client_id = delivery-<id>`) and the email by its outbox row.
import { emailContent } from "../../shared/engage/emailContent.ts";
import { EMAIL_CAP_WINDOW_SECONDS, mayEmailAgain } from "../../shared/engage/emailCap.ts";
import { canReceive, type Channel } from "../../shared/engage/eligibility.ts";
import { adminById } from "../db/admins.ts";
import type { DeliveryClaim } from "../db/deliveries.ts";
import { markSent, queuedEmailsFor } from "../db/deliveryQueue.ts";
import { emailsSentToSince } from "../db/emailCap.ts";
import type { Admin, Contact, Delivery, Workspace } from "../db/schema.ts";
import { workspaceById } from "../db/workspaces.ts";
import { startConversation } from "../conversation/service.ts";
import { startAdminConversations, type AdminStart } from "../conversation/startMany.ts";
import type { Ctx } from "../http/context.ts";
import { mayHaveMessengerOpen } from "./deliveryPlan.ts";
import { mailerFor, type Mailer } from "./mailer.ts";
import { unsubscribeToken, unsubscribeUrl } from "./unsubscribe.ts";

export interface Message {
  channel: Channel;
  subject: string | null;
  body: string;
  fromAdminId: number;
}

export type Source = Pick<DeliveryClaim, "autoMessageId" | "campaignId" | "campaignMessageIndex" | "campaignMessageId" | "manualMessageId">;

/** Per-run (or per-batch) caches and the mailer, so a page of deliveries looks each admin and workspace up once. */
export interface Sender {
  c: Ctx;
  mailer: Mailer;
  admins: Map<string, Admin | undefined>;
  workspaces: Map<number, Workspace | undefined>;
}

export function senderFor(c: Ctx, mailer: Mailer = mailerFor(c.env, c.db)): Sender {
  return { c, mailer, admins: new Map(), workspaces: new Map() };
}

async function adminOf(s: Sender, workspaceId: number, id: number): Promise<Admin | undefined> {
  const key = `${workspaceId}:${id}`;
  if (!s.admins.has(key)) s.admins.set(key, await adminById(s.c.db, workspaceId, id));
  return s.admins.get(key);
}

async function workspaceOf(s: Sender, id: number): Promise<Workspace | undefined> {
  if (!s.workspaces.has(id)) s.workspaces.set(id, await workspaceById(s.c.db, id));
  return s.workspaces.get(id);
}

/** The last guard before a claim: a verified, subscribed address under its daily cap, counting emails still queued. */
export async function mayEmail(c: Ctx, contact: Contact): Promise<boolean> {
  if (!contact.email || !canReceive("email", contact)) return false;
  const [sent, queued] = await Promise.all([
    emailsSentToSince(c.db, contact.workspaceId, contact.email, c.now - EMAIL_CAP_WINDOW_SECONDS),
    queuedEmailsFor(c.db, contact.workspaceId, contact.id),
  ]);
  return mayEmailAgain(sent + queued);
}

/**
 * Sends a claimed delivery and marks it sent (or leaves that to a caller marking many at once);
 * throws when it could not be sent, so the caller can retry. Stamped at the delivery's own
 * `sent_at` (the run's scheduledTime, or the manual message's request time), however late the
 * queue gets to it.
 */
export async function sendClaimed(sender: Sender, delivery: Delivery, message: Message, contact: Contact, mark: "mark" | "leave" = "mark"): Promise<Delivery> {
  const s = { ...sender, c: { ...sender.c, now: delivery.sentAt } };
  const admin = await adminOf(s, contact.workspaceId, message.fromAdminId);
  if (message.channel === "in_app") {
    const { conversation } = await startConversation(s.c, contact.workspaceId, {
      contact,
      author: { type: "admin", id: String(message.fromAdminId), name: admin?.name ?? null },
      body: message.body,
      clientId: `delivery-${delivery.id}`,
      pageUrl: null,
    });
    if (mark === "mark") await markSent(s.c.db, delivery.id, conversation.id);
    return { ...delivery, status: "sent", conversationId: conversation.id };
  }
  const workspace = await workspaceOf(s, contact.workspaceId);
  if (workspace && contact.email) {
    const token = await unsubscribeToken(s.c.db, workspace, contact.id);
    const content = emailContent({
      subject: message.subject,
      body: message.body,
      workspaceName: workspace.name,
      unsubscribeUrl: unsubscribeUrl(s.c.env.PARLEY_PUBLIC_URL ?? "http://127.0.0.1:8787", workspace.appId, contact.id, token),
    });
    await s.mailer.send({ workspaceId: workspace.id, deliveryId: delivery.id, contactId: contact.id, to: contact.email, fromName: admin?.name ?? workspace.name, ...content, sentAt: s.c.now });
  }
  if (mark === "mark") await markSent(s.c.db, delivery.id, null);
  return { ...delivery, status: "sent" };
}

export interface InAppSend {
  delivery: Delivery;
  message: Message;
  contact: Contact;
}

/**
 * A queue batch's in-app deliveries at once: their conversations started together, keyed by
 * delivery as sendClaimed keys them, so either path finds what the other started. Not marked:
 * the caller marks what was sent in one statement. One outcome per item, in order.
 */
export async function sendInAppMany(sender: Sender, items: readonly InAppSend[]): Promise<PromiseSettledResult<{ conversationId: number }>[]> {
  const byWorkspace = new Map<number, { item: InAppSend; at: number }[]>();
  items.forEach((item, at) => byWorkspace.set(item.contact.workspaceId, [...(byWorkspace.get(item.contact.workspaceId) ?? []), { item, at }]));
  const out: PromiseSettledResult<{ conversationId: number }>[] = [];
  await Promise.all(
    [...byWorkspace].map(async ([workspaceId, group]) => {
      const starts: AdminStart[] = [];
      for (const { item } of group) {
        const admin = await adminOf(sender, workspaceId, item.message.fromAdminId);
        starts.push({
          contact: item.contact,
          author: { type: "admin", id: String(item.message.fromAdminId), name: admin?.name ?? null },
          body: item.message.body,
          clientId: `delivery-${item.delivery.id}`,
          // Stamped at the delivery's own sent_at, however late the queue gets to it.
          createdAt: item.delivery.sentAt,
          notifyContact: mayHaveMessengerOpen(item.contact),
        });
      }
      const started = await startAdminConversations(sender.c, workspaceId, starts).catch((error: unknown) => starts.map((): PromiseRejectedResult => ({ status: "rejected", reason: error })));
      started.forEach((result, j) => {
        const at = group[j]?.at;
        if (at !== undefined) out[at] = result.status === "fulfilled" ? { status: "fulfilled", value: { conversationId: result.value.conversation.id } } : result;
      });
    }),
  );
  return out;
}
