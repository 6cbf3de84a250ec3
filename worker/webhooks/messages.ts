import { z } from "zod";
import { TOPICS } from "./topics.ts";

// What travels on the `parley-webhooks` queue. Emitters send a compact event; the consumer's first
// step turns it into one delivery per subscription (with the REST item as it was), and each
// delivery is then a message of its own, retried with the queue's backoff.

/** The room's meta right after the event's part: the conversation's state as it was then. */
export const conversationAtEvent = z.object({
  state: z.enum(["open", "closed", "snoozed"]),
  snoozedUntil: z.number().nullable(),
  adminAssigneeId: z.number().nullable(),
  teamAssigneeId: z.number().nullable(),
  waitingSince: z.number().nullable(),
  readAdmin: z.number(),
});
export type ConversationAtEvent = z.infer<typeof conversationAtEvent>;

/** Chosen by the emitter: a repeated queue message of the same event makes no second notification. */
const eventId = z.string().min(1).max(64);

const conversationEvent = z.object({
  kind: z.literal("conversation"),
  eventId,
  topic: z.enum(TOPICS),
  workspaceId: z.number().int(),
  conversationId: z.number().int(),
  seq: z.number().int(),
  createdAt: z.number().int(),
  at: conversationAtEvent,
});

/** A contact's REST object is built where it is created, so it is the contact as it was then. */
const contactEvent = z.object({
  kind: z.literal("contact"),
  eventId,
  topic: z.enum(TOPICS),
  workspaceId: z.number().int(),
  createdAt: z.number().int(),
  item: z.record(z.string(), z.unknown()),
});

const deliveryMessage = z.object({ kind: z.literal("delivery"), deliveryId: z.number().int() });

export const webhookMessage = z.discriminatedUnion("kind", [conversationEvent, contactEvent, deliveryMessage]);
export type WebhookMessage = z.infer<typeof webhookMessage>;
export type ConversationEvent = z.infer<typeof conversationEvent>;
export type ContactEvent = z.infer<typeof contactEvent>;
export type WebhookEvent = ConversationEvent | ContactEvent;
