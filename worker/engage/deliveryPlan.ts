// What the queue's consumer does with one claimed delivery, and how long a failed one waits before
// its next attempt. Pure, so the consumer (worker/engage/deliveryQueue.ts) only wires it to D1.
import { canReceive, type Channel, type Reachability } from "../../shared/engage/eligibility.ts";

export type DeliveryPlan = { kind: "send" } | { kind: "skip" } | { kind: "cancel"; reason: string };

export interface PlannedDelivery {
  status: "queued" | "sent" | "failed" | "cancelled";
  channel: Channel;
}

/**
 * Only a queued delivery is sent: anything else was sent, given up on or cancelled already (a
 * queue message may arrive twice). A deleted message or contact, or an address that can no longer
 * receive email (unsubscribed since the claim), cancels it rather than failing it five times.
 */
export function deliveryPlan(delivery: PlannedDelivery, hasContent: boolean, contact: Reachability | undefined): DeliveryPlan {
  if (delivery.status !== "queued") return { kind: "skip" };
  if (!hasContent) return { kind: "cancel", reason: "the message was deleted" };
  if (!contact) return { kind: "cancel", reason: "the contact was deleted" };
  if (!canReceive(delivery.channel, contact)) return { kind: "cancel", reason: "the contact can no longer receive email" };
  return { kind: "send" };
}

/** 10 s, 30 s, 90 s, 270 s, then 10 minutes: a passing outage is ridden out, a lasting one ends in the dead-letter queue. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(600, 10 * 3 ** Math.max(0, attempts - 1));
}

/**
 * Whether a contact's messenger may be open, so that a new conversation is worth announcing on
 * their channel. Every visitor session starts with a boot, which stamps last_seen_at: a contact
 * never seen (imported, created through the API) has no messenger to tell.
 */
export function mayHaveMessengerOpen(contact: { lastSeenAt: number | null }): boolean {
  return contact.lastSeenAt !== null;
}
