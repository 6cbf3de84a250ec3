import type { ContactObject } from "../../shared/api-types.ts";
import type { Part } from "../../shared/protocol.ts";
import { openDb } from "../db/client.ts";
import { topicsOf } from "../db/webhooks.ts";
import type { RoomMeta } from "../durable/types.ts";
import type { Env } from "../env.ts";
import type { ContactEvent, ConversationEvent, WebhookEvent, WebhookMessage } from "./messages.ts";
import { TopicCache } from "./topicCache.ts";
import { conversationTopic } from "./topics.ts";

// The one way events leave the places they happen (the conversation room, contact creation). The
// chat's hot path pays a switch and a Map lookup when nobody subscribes; otherwise one queue send,
// deferred behind the response.

const TOPIC_TTL_MS = 10_000;
const cache = new TopicCache(TOPIC_TTL_MS);
const loading = new Map<number, Promise<ReadonlySet<string>>>();

type Defer = (promise: Promise<unknown>) => void;

/** Subscriptions changed through this isolate: the next event reads them again. */
export function forgetTopics(workspaceId: number): void {
  cache.forget(workspaceId);
  loading.delete(workspaceId);
}

/** A part the room has just stored, with the room's meta right after it. */
export function emitPartEvent(env: Env, ctx: { waitUntil(promise: Promise<unknown>): void }, meta: RoomMeta, part: Part): void {
  const topic = conversationTopic(part);
  if (!topic || !mayWant(meta.workspaceId, topic)) return;
  const event: ConversationEvent = {
    kind: "conversation",
    eventId: crypto.randomUUID(),
    topic,
    workspaceId: meta.workspaceId,
    conversationId: meta.conversationId,
    seq: part.seq,
    createdAt: part.created_at,
    at: { state: meta.state, snoozedUntil: meta.snoozedUntil, adminAssigneeId: meta.adminAssigneeId, teamAssigneeId: meta.teamAssigneeId, waitingSince: meta.waitingSince, readAdmin: meta.readAdmin },
  };
  ctx.waitUntil(enqueue(env, event));
}

/** A contact just created, as the REST API returns it. */
export function emitContactCreated(env: Env, defer: Defer, workspaceId: number, item: ContactObject, createdAt: number): void {
  const topic = item.role === "user" ? "contact.user.created" : "contact.lead.created";
  if (!mayWant(workspaceId, topic)) return;
  const event: ContactEvent = { kind: "contact", eventId: crypto.randomUUID(), topic, workspaceId, createdAt, item: { ...item } };
  defer(enqueue(env, event));
}

function mayWant(workspaceId: number, topic: string): boolean {
  const known = cache.get(workspaceId, Date.now());
  return !known || known.has(topic);
}

async function enqueue(env: Env, event: WebhookEvent): Promise<void> {
  try {
    const topics = cache.get(event.workspaceId, Date.now()) ?? (await load(env, event.workspaceId));
    if (topics.has(event.topic)) await env.WEBHOOKS.send(event satisfies WebhookMessage);
  } catch (error) {
    console.error(JSON.stringify({ level: "error", where: "webhooks.enqueue", topic: event.topic, workspaceId: event.workspaceId, error: String(error) }));
  }
}

/** One D1 read per workspace at a time, however many events arrive while it runs. */
function load(env: Env, workspaceId: number): Promise<ReadonlySet<string>> {
  let pending = loading.get(workspaceId);
  if (!pending) {
    pending = topicsOf(openDb(env.DB), workspaceId)
      .then((topics) => {
        if (loading.get(workspaceId) === pending) cache.set(workspaceId, topics, Date.now());
        return topics;
      })
      .finally(() => {
        if (loading.get(workspaceId) === pending) loading.delete(workspaceId);
      });
    loading.set(workspaceId, pending);
  }
  return pending;
}
