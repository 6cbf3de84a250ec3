import type { WebhookDelivery, WebhookSubscription } from "../db/webhookSchema.ts";

// CONTRACT §8's webhook_subscription; `secret` only in the answers that create or rotate it.
export function subscriptionView(s: WebhookSubscription, secret?: string) {
  return {
    type: "webhook_subscription",
    id: String(s.id),
    url: s.url,
    topics: s.topics,
    ...(secret === undefined ? {} : { secret }),
    created_at: s.createdAt,
    updated_at: s.updatedAt,
  };
}

/** One line of a subscription's delivery log (Parley's own object). */
export function deliveryView(d: WebhookDelivery) {
  return {
    type: "webhook_delivery",
    id: String(d.id),
    notification_id: d.notificationId,
    topic: d.topic,
    status: d.status,
    delivery_attempts: d.attempts,
    created_at: d.eventCreatedAt,
    first_sent_at: d.firstSentAt,
    last_attempt_at: d.lastAttemptAt,
    response_status: d.responseStatus,
    latency_ms: d.latencyMs,
    response_excerpt: d.responseExcerpt,
  };
}
