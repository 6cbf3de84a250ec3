// Manual messages, the live audience count, deliveries and the email outbox.
import { z } from "zod";
import type { Rule } from "../../shared/rules/index.ts";
import { deliveriesOf, insertManualMessage, outboxOf } from "../db/deliveries.ts";
import { audienceCount } from "../db/engageAudience.ts";
import type { Delivery, OutboxEmail } from "../db/schema.ts";
import { startManualMessage } from "../engage/manual.ts";
import { readJson } from "../http/body.ts";
import { queryString, type AuthedHandler } from "../http/context.ts";
import { ApiError } from "../http/errors.ts";
import { channelSchema, idSchema, messageBodySchema, numericId, requireAdmin, ruleFrom, subjectSchema } from "./engageInput.ts";

const MAX_CONTACT_IDS = 500;

const manualBody = z.object({
  channel: channelSchema,
  subject: subjectSchema,
  body: messageBodySchema,
  from_admin_id: idSchema,
  audience: z.union([z.object({ contact_ids: z.array(z.string()).min(1).max(MAX_CONTACT_IDS) }).strict(), z.object({ rules: z.unknown() }).strict()]),
});

/**
 * Records the message and claims its first page before answering; the claims go to the delivery
 * queue (ten people or fewer are sent at once). `sent` counts the deliveries this request claimed,
 * sent or queued: each will be sent, once. A larger audience is claimed by the scheduled runs
 * (`state: "sending"` until its last page).
 */
export const createManualMessage: AuthedHandler = async (request, c) => {
  const body = await readJson(request, manualBody);
  const rule: Rule | null = "rules" in body.audience ? ruleFrom(body.audience.rules, "audience.rules") : null;
  await requireAdmin(c.db, c.principal.workspaceId, body.from_admin_id);
  const row = await insertManualMessage(c.db, {
    workspaceId: c.principal.workspaceId,
    channel: body.channel,
    subject: body.subject ?? null,
    body: body.body,
    fromAdminId: body.from_admin_id,
    audience: rule ? { rules: rule } : body.audience,
    createdAt: c.now,
  });
  const { claimed, finished } = await startManualMessage(c, row);
  return Response.json({ type: "manual_message", id: String(row.id), sent: claimed, state: finished ? "sent" : "sending" });
};

export const audienceCountRoute: AuthedHandler = async (request, c) => {
  const body = await readJson(request, z.object({ rules: z.unknown(), channel: channelSchema.optional() }));
  const count = await audienceCount(c.db, c.principal.workspaceId, ruleFrom(body.rules, "rules"), c.now, body.channel);
  return Response.json({ type: "audience", count });
};

const idOrNull = (id: number | null) => (id === null ? null : String(id));

export function deliveryView(d: Delivery) {
  return {
    type: "delivery",
    id: String(d.id),
    contact_id: d.contactId,
    channel: d.channel,
    sent_at: d.sentAt,
    auto_message_id: idOrNull(d.autoMessageId),
    campaign_id: idOrNull(d.campaignId),
    campaign_message_index: d.campaignMessageIndex,
    manual_message_id: idOrNull(d.manualMessageId),
    conversation_id: idOrNull(d.conversationId),
  };
}

function optionalId(request: Parameters<AuthedHandler>[0], name: string): number | undefined {
  const raw = queryString(request, name);
  if (raw === undefined || raw === "") return undefined;
  const id = numericId(raw);
  if (id < 0) throw new ApiError("parameter_invalid", `${name} must be an id.`);
  return id;
}

export const listDeliveries: AuthedHandler = async (request, c) => {
  const contactId = queryString(request, "contact_id") || undefined;
  const perPage = Math.min(1000, Math.max(1, Number(queryString(request, "per_page") ?? "1000") || 1000));
  const rows = await deliveriesOf(c.db, c.principal.workspaceId, {
    contactId,
    autoMessageId: optionalId(request, "auto_message_id"),
    campaignId: optionalId(request, "campaign_id"),
    manualMessageId: optionalId(request, "manual_message_id"),
    after: optionalId(request, "starting_after"),
    limit: perPage,
  });
  return Response.json({ type: "list", data: rows.map(deliveryView) });
};

function outboxView(e: OutboxEmail) {
  return { type: "email", id: String(e.id), delivery_id: idOrNull(e.deliveryId), recipient: e.recipient, subject: e.subject, text: e.text, html: e.html, sent_at: e.sentAt };
}

export const listOutbox: AuthedHandler = async (_request, c) => {
  const rows = await outboxOf(c.db, c.principal.workspaceId, 100);
  return Response.json({ type: "list", data: rows.map(outboxView) });
};
