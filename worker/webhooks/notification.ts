import type { WebhookDelivery } from "../db/webhookSchema.ts";

/**
 * The body of one attempt, CONTRACT §8's field order. Built once per attempt and signed as these
 * exact bytes; only delivery_attempts (and first_sent_at, from the first attempt on) change.
 */
export function notificationBody(delivery: Pick<WebhookDelivery, "notificationId" | "topic" | "appId" | "eventCreatedAt" | "item" | "attempts" | "firstSentAt">): string {
  const item: unknown = JSON.parse(delivery.item);
  return JSON.stringify({
    type: "notification_event",
    id: delivery.notificationId,
    topic: delivery.topic,
    app_id: delivery.appId,
    created_at: delivery.eventCreatedAt,
    delivery_attempts: delivery.attempts,
    first_sent_at: delivery.firstSentAt,
    data: { type: "notification_event_data", item },
  });
}

/** The same for every subscription the event goes to, and for every attempt of it. */
export function notificationId(eventId: string): string {
  return `notif_${eventId}`;
}
