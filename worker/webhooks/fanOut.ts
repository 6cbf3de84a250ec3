import type { Db } from "../db/client.ts";
import { insertDeliveries, pendingDeliveriesOf, subscriptionsOf } from "../db/webhooks.ts";
import { workspaceById } from "../db/workspaces.ts";
import type { Env } from "../env.ts";
import type { ConversationEvent, WebhookEvent, WebhookMessage } from "./messages.ts";
import { notificationId } from "./notification.ts";

/** Builds a conversation's REST object as it was at the event (worker/api/webhookItems.ts). */
export type ConversationItemBuilder = (env: Env, db: Db, event: ConversationEvent) => Promise<Record<string, unknown> | null>;

/**
 * The consumer's first step: the event becomes one delivery per subscription taking its topic,
 * each with the item as it was, and each delivery a queue message of its own. Running twice for
 * one event adds nothing and sends the still pending deliveries' messages again.
 */
export async function fanOut(env: Env, db: Db, event: WebhookEvent, conversationItem: ConversationItemBuilder, now: number): Promise<number> {
  const subscriptions = (await subscriptionsOf(db, event.workspaceId)).filter((s) => s.topics.includes(event.topic));
  if (subscriptions.length === 0) return 0;
  const workspace = await workspaceById(db, event.workspaceId);
  const item = event.kind === "contact" ? event.item : await conversationItem(env, db, event);
  if (!workspace || !item) return 0;
  const id = notificationId(event.eventId);
  const json = JSON.stringify(item);
  await insertDeliveries(
    db,
    subscriptions.map((s) => ({
      workspaceId: event.workspaceId,
      subscriptionId: s.id,
      notificationId: id,
      topic: event.topic,
      appId: workspace.appId,
      eventCreatedAt: event.createdAt,
      item: json,
      status: "pending",
      attempts: 0,
      createdAt: now,
    })),
  );
  const pending = await pendingDeliveriesOf(db, event.workspaceId, id);
  if (pending.length > 0) await env.WEBHOOKS.sendBatch(pending.map((deliveryId) => ({ body: { kind: "delivery", deliveryId } satisfies WebhookMessage })));
  return pending.length;
}
