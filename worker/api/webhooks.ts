import { z } from "zod";
import { deleteSubscription, deliveriesOf, insertSubscription, reopenDelivery, setSubscriptionSecret, subscriptionById, subscriptionsOf } from "../db/webhooks.ts";
import type { WebhookSubscription } from "../db/webhookSchema.ts";
import { readJson } from "../http/body.ts";
import type { AuthedCtx, AuthedHandler } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { numericId } from "../http/ids.ts";
import { forgetTopics } from "../webhooks/emit.ts";
import type { WebhookMessage } from "../webhooks/messages.ts";
import { newWebhookSecret, sealWebhookSecret } from "../webhooks/secrets.ts";
import { isDevelopment, targetProblem } from "../webhooks/targets.ts";
import { TOPICS } from "../webhooks/topics.ts";
import { deliveryView, subscriptionView } from "./webhookViews.ts";

// CONTRACT §8: POST/GET /webhooks, DELETE /webhooks/{id}; and Parley's own rotate, delivery log
// and redelivery, which the admin app's Settings → Webhooks uses (docs/webhooks.md).

const MAX_SUBSCRIPTIONS = 20;

const createBody = z.object({
  url: z.string().trim().min(1).max(2048),
  topics: z.array(z.enum(TOPICS)).min(1).max(TOPICS.length),
});

async function subscriptionOr404(c: AuthedCtx, request: Parameters<AuthedHandler>[0]): Promise<WebhookSubscription> {
  const found = await subscriptionById(c.db, c.principal.workspaceId, numericId(request, "id", "Webhook subscription"));
  if (!found) throw notFound("Webhook subscription");
  return found;
}

export const createWebhook: AuthedHandler = async (request, c) => {
  const body = await readJson(request, createBody);
  const problem = targetProblem(body.url, isDevelopment(c.env));
  if (problem) throw new ApiError("parameter_invalid", problem);
  const ws = c.principal.workspaceId;
  if ((await subscriptionsOf(c.db, ws)).length >= MAX_SUBSCRIPTIONS) throw new ApiError("parameter_invalid", `A workspace has at most ${MAX_SUBSCRIPTIONS} webhook subscriptions.`);
  const secret = newWebhookSecret();
  const topics = TOPICS.filter((t) => body.topics.includes(t));
  const row = await insertSubscription(c.db, { workspaceId: ws, url: body.url, topics, secret: await sealWebhookSecret(c.env, ws, secret), createdAt: c.now, updatedAt: c.now });
  forgetTopics(ws);
  return Response.json(subscriptionView(row, secret));
};

export const listWebhooks: AuthedHandler = async (_request, c) => {
  const rows = await subscriptionsOf(c.db, c.principal.workspaceId);
  return Response.json({ type: "list", data: rows.map((row) => subscriptionView(row)) });
};

export const getWebhook: AuthedHandler = async (request, c) => Response.json(subscriptionView(await subscriptionOr404(c, request)));

export const deleteWebhook: AuthedHandler = async (request, c) => {
  const row = await subscriptionOr404(c, request);
  if (!(await deleteSubscription(c.db, c.principal.workspaceId, row.id))) throw notFound("Webhook subscription");
  forgetTopics(c.principal.workspaceId);
  return Response.json({ type: "webhook_subscription", id: String(row.id), deleted: true });
};

/** A new secret signs every attempt from now on, retries of earlier events too; the old one stops at once. */
export const rotateWebhookSecret: AuthedHandler = async (request, c) => {
  const row = await subscriptionOr404(c, request);
  const secret = newWebhookSecret();
  const updated = await setSubscriptionSecret(c.db, c.principal.workspaceId, row.id, await sealWebhookSecret(c.env, c.principal.workspaceId, secret), c.now);
  if (!updated) throw notFound("Webhook subscription");
  return Response.json(subscriptionView(updated, secret));
};

export const listWebhookDeliveries: AuthedHandler = async (request, c) => {
  const row = await subscriptionOr404(c, request);
  return Response.json({ type: "list", data: (await deliveriesOf(c.db, c.principal.workspaceId, row.id)).map(deliveryView) });
};

/** Sends a logged notification again: the same id, one more delivery attempt. */
export const redeliverWebhook: AuthedHandler = async (request, c) => {
  const row = await subscriptionOr404(c, request);
  const delivery = await reopenDelivery(c.db, c.principal.workspaceId, row.id, numericId(request, "delivery_id", "Webhook delivery"));
  if (!delivery) throw new ApiError("not_found", "Webhook delivery Not Found, or it is being sent right now.");
  await c.env.WEBHOOKS.send({ kind: "delivery", deliveryId: delivery.id } satisfies WebhookMessage);
  return Response.json(deliveryView(delivery), { status: 202 });
};
