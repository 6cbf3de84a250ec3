// One delivery: claim the row under its unique constraint, then (and only then) send it, in-app
// as an admin's conversation or by email through the Mailer.
import { emailContent } from "../../shared/engage/emailContent.ts";
import { EMAIL_CAP_WINDOW_SECONDS, mayEmailAgain } from "../../shared/engage/emailCap.ts";
import { canReceive, type Channel } from "../../shared/engage/eligibility.ts";
import { adminById } from "../db/admins.ts";
import { claimDelivery, setDeliveryConversation, type DeliveryClaim } from "../db/deliveries.ts";
import { emailsSentToSince } from "../db/emailCap.ts";
import type { Admin, Contact, Delivery, Workspace } from "../db/schema.ts";
import { workspaceById } from "../db/workspaces.ts";
import { startConversation } from "../conversation/service.ts";
import type { Ctx } from "../http/context.ts";
import { mailerFor, type Mailer } from "./mailer.ts";
import { unsubscribeToken, unsubscribeUrl } from "./unsubscribe.ts";

export interface Message {
  channel: Channel;
  subject: string | null;
  body: string;
  fromAdminId: number;
}

export type Source = Pick<DeliveryClaim, "autoMessageId" | "campaignId" | "campaignMessageIndex" | "campaignMessageId" | "manualMessageId">;

/** Per-run caches and the mailer, so a page of deliveries looks each admin and workspace up once. */
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

/** The last guard before the Mailer: a verified, subscribed address under its daily cap. */
async function mayEmail(c: Ctx, contact: Contact): Promise<boolean> {
  if (!contact.email || !canReceive("email", contact)) return false;
  return mayEmailAgain(await emailsSentToSince(c.db, contact.workspaceId, contact.email, c.now - EMAIL_CAP_WINDOW_SECONDS));
}

/**
 * Returns the claimed delivery, or undefined when another run (or an earlier one) holds it, or an
 * email may not go to this contact now. A
 * failure after the claim is logged and not retried: at most once wins over at least once.
 */
export async function deliver(s: Sender, source: Source, message: Message, contact: Contact): Promise<Delivery | undefined> {
  const { c } = s;
  // Checked before the claim, so a capped email is not lost: a later run finds it still due.
  if (message.channel === "email" && !(await mayEmail(c, contact))) return undefined;
  const claim = await claimDelivery(c.db, { ...source, workspaceId: contact.workspaceId, contactId: contact.id, channel: message.channel, sentAt: c.now });
  if (!claim) return undefined;
  try {
    const admin = await adminOf(s, contact.workspaceId, message.fromAdminId);
    if (message.channel === "in_app") {
      const { conversation } = await startConversation(c, contact.workspaceId, {
        contact,
        author: { type: "admin", id: String(message.fromAdminId), name: admin?.name ?? null },
        body: message.body,
        clientId: `delivery-${claim.id}`,
        pageUrl: null,
      });
      await setDeliveryConversation(c.db, contact.workspaceId, claim.id, conversation.id);
      return { ...claim, conversationId: conversation.id };
    }
    const workspace = await workspaceOf(s, contact.workspaceId);
    if (!workspace || !contact.email) return claim;
    const token = await unsubscribeToken(c.db, workspace, contact.id);
    const content = emailContent({
      subject: message.subject,
      body: message.body,
      workspaceName: workspace.name,
      unsubscribeUrl: unsubscribeUrl(c.env.PARLEY_PUBLIC_URL ?? "http://127.0.0.1:8787", workspace.appId, contact.id, token),
    });
    await s.mailer.send({ workspaceId: workspace.id, deliveryId: claim.id, contactId: contact.id, to: contact.email, fromName: admin?.name ?? workspace.name, ...content, sentAt: c.now });
    return claim;
  } catch (error) {
    console.error(JSON.stringify({ level: "error", what: "engage delivery failed", delivery_id: claim.id, error: String(error) }));
    return claim;
  }
}
