import { request, send } from "./api.ts";
import { fields, type Fields } from "./decode.ts";

// Settings → Webhooks speaks the REST API's /api/webhooks with the session cookie (docs/webhooks.md).

export interface Webhook {
  id: string;
  url: string;
  topics: string[];
  createdAt: number;
}

export interface WebhookWithSecret {
  webhook: Webhook;
  secret: string;
}

export interface WebhookDelivery {
  id: string;
  notificationId: string;
  topic: string;
  status: string;
  attempts: number;
  createdAt: number;
  lastAttemptAt: number | null;
  responseStatus: number | null;
  latencyMs: number | null;
  excerpt: string | null;
}

function parseWebhook(f: Fields): Webhook {
  const topics = f.raw("topics");
  if (!Array.isArray(topics)) return f.fail("topics", "array");
  return { id: f.id("id"), url: f.str("url"), topics: topics.filter((t): t is string => typeof t === "string"), createdAt: f.time("created_at") };
}

function optNumber(f: Fields, key: string): number | null {
  const value = f.raw(key);
  return typeof value === "number" ? value : null;
}

function parseDelivery(f: Fields): WebhookDelivery {
  return {
    id: f.id("id"),
    notificationId: f.str("notification_id"),
    topic: f.str("topic"),
    status: f.str("status"),
    attempts: f.num("delivery_attempts"),
    createdAt: f.time("created_at"),
    lastAttemptAt: f.optTime("last_attempt_at"),
    responseStatus: optNumber(f, "response_status"),
    latencyMs: optNumber(f, "latency_ms"),
    excerpt: f.optStr("response_excerpt"),
  };
}

const withSecret = (payload: unknown): WebhookWithSecret => ({ webhook: parseWebhook(fields(payload)), secret: fields(payload).str("secret") });
const path = (id: string) => `/api/webhooks/${encodeURIComponent(id)}`;

export function listWebhooks(signal: AbortSignal): Promise<Webhook[]> {
  return request("GET", "/api/webhooks", (payload) => fields(payload).list("data", parseWebhook), { signal });
}

export function createWebhook(url: string, topics: string[]): Promise<WebhookWithSecret> {
  return request("POST", "/api/webhooks", withSecret, { body: { url, topics } });
}

export function rotateWebhookSecret(id: string): Promise<WebhookWithSecret> {
  return request("POST", `${path(id)}/rotate_secret`, withSecret);
}

export function deleteWebhook(id: string): Promise<void> {
  return send("DELETE", path(id));
}

export function listDeliveries(id: string, signal: AbortSignal): Promise<WebhookDelivery[]> {
  return request("GET", `${path(id)}/deliveries`, (payload) => fields(payload).list("data", parseDelivery), { signal });
}

export function redeliver(id: string, deliveryId: string): Promise<void> {
  return send("POST", `${path(id)}/deliveries/${encodeURIComponent(deliveryId)}/redeliver`);
}
