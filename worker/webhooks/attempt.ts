import type { Db } from "../db/client.ts";
import { claimDelivery, recordAttempt, subscriptionById } from "../db/webhooks.ts";
import type { Env } from "../env.ts";
import { retryDelay } from "./backoff.ts";
import { notificationBody } from "./notification.ts";
import { postNotification } from "./post.ts";
import { openWebhookSecret } from "./secrets.ts";
import { hubSignature } from "./signature.ts";
import { isDevelopment, targetProblem } from "./targets.ts";

/**
 * One attempt of one delivery. Returns the seconds to wait before the next attempt, or null when
 * there is none (delivered, given up, refused, or not this consumer's to send).
 */
export async function attemptDelivery(env: Env, db: Db, deliveryId: number, now: number): Promise<number | null> {
  const delivery = await claimDelivery(db, deliveryId, now);
  if (!delivery) return null;
  const subscription = await subscriptionById(db, delivery.workspaceId, delivery.subscriptionId);
  if (!subscription) return null;
  // Checked again at send time: the rule may be stricter here than where the URL was accepted.
  const problem = targetProblem(subscription.url, isDevelopment(env));
  if (problem) {
    await recordAttempt(db, delivery.id, { status: "failed", responseStatus: null, latencyMs: null, responseExcerpt: problem });
    return null;
  }
  const body = notificationBody(delivery);
  const secret = await openWebhookSecret(env, delivery.workspaceId, subscription.secret);
  const result = await postNotification(subscription.url, body, await hubSignature(secret, body));
  const delay = result.ok ? null : retryDelay(delivery.attempts);
  await recordAttempt(db, delivery.id, {
    status: result.ok ? "delivered" : delay === null ? "failed" : "retrying",
    responseStatus: result.status,
    latencyMs: result.latencyMs,
    responseExcerpt: result.excerpt,
  });
  return delay;
}
