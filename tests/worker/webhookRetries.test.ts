import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { insertDeliveries, pendingDeliveriesOf } from "../../worker/db/webhooks.ts";
import worker from "../../worker/index.ts";
import { attemptDelivery } from "../../worker/webhooks/attempt.ts";
import { MAX_ATTEMPTS } from "../../worker/webhooks/backoff.ts";
import { aWorkspace, call, db, type TestWorkspace } from "./fixtures.ts";
import { aReceiver, signedBy, subscribe } from "./webhookReceiver.ts";

// Deliveries are written here directly and their queue messages handed to the Worker's queue()
// by hand, so each attempt happens when the test says and the queue's verdict can be read.

afterEach(() => {
  vi.restoreAllMocks();
});

async function aDelivery(ws: TestWorkspace, subscriptionId: string): Promise<number> {
  const notificationId = `notif_${crypto.randomUUID()}`;
  const now = Math.floor(Date.now() / 1000);
  await insertDeliveries(db(), [
    { workspaceId: ws.workspaceId, subscriptionId: Number(subscriptionId), notificationId, topic: "contact.lead.created", appId: ws.appId, eventCreatedAt: now, item: JSON.stringify({ type: "contact", id: "c1", role: "lead" }), status: "pending", attempts: 0, createdAt: now },
  ]);
  const [id] = await pendingDeliveriesOf(db(), ws.workspaceId, notificationId);
  if (id === undefined) throw new Error("the delivery was not written");
  return id;
}

/** The queue's verdict, with the delay of a retry, which getQueueResult does not report. */
async function consume(deliveryId: number, attempts: number) {
  const batch = createMessageBatch("parley-webhooks", [{ id: `msg-${deliveryId}-${attempts}`, timestamp: Date.now(), attempts, body: { kind: "delivery", deliveryId } }]);
  const [message] = batch.messages;
  if (!message) throw new Error("an empty batch");
  const retry = vi.spyOn(message, "retry");
  const ctx = createExecutionContext();
  await worker.queue(batch, env, ctx);
  const result = await getQueueResult(batch, ctx);
  return { acked: result.explicitAcks.length === 1, retried: result.retryMessages.length === 1, delaySeconds: retry.mock.calls[0]?.[0]?.delaySeconds };
}

async function logOf(ws: TestWorkspace, subscriptionId: string) {
  const response = await call(`/api/webhooks/${subscriptionId}/deliveries`, { token: ws.token });
  const body: { data: { id: string; status: string; delivery_attempts: number; response_status: number | null; response_excerpt: string | null }[] } = await response.json();
  return body.data;
}

describe("a failed delivery", () => {
  it("is retried within a minute with the same id and a higher delivery_attempts, then never sent again", async () => {
    const ws = await aWorkspace();
    const receiver = aReceiver((count) => (count === 1 ? new Response("down for maintenance", { status: 503 }) : new Response("ok")));
    const subscription = await subscribe(ws, receiver.url, ["contact.lead.created"]);
    const deliveryId = await aDelivery(ws, subscription.id);

    const first = await consume(deliveryId, 1);
    expect(first.retried).toBe(true);
    expect(first.delaySeconds).toBeGreaterThan(0);
    expect(first.delaySeconds).toBeLessThanOrEqual(60);
    expect((await logOf(ws, subscription.id))[0]).toMatchObject({ status: "retrying", delivery_attempts: 1, response_status: 503, response_excerpt: "down for maintenance" });

    const second = await consume(deliveryId, 2);
    expect(second).toMatchObject({ retried: false, acked: true });
    const [a, b] = receiver.received;
    expect(b?.event.id).toBe(a?.event.id);
    expect([a?.event.delivery_attempts, b?.event.delivery_attempts]).toEqual([1, 2]);
    expect(b?.event.first_sent_at).toBe(a?.event.first_sent_at);
    expect(await signedBy(subscription.secret, b?.body ?? "", b?.signature ?? null)).toBe(true);

    await consume(deliveryId, 3);
    expect(receiver.received).toHaveLength(2);
    expect((await logOf(ws, subscription.id))[0]).toMatchObject({ status: "delivered", delivery_attempts: 2, response_status: 200 });
  });

  it("is given up after the last attempt, and a receiver that never answers 2xx gets at least five", async () => {
    const ws = await aWorkspace();
    const receiver = aReceiver(() => new Response("no", { status: 500 }));
    const subscription = await subscribe(ws, receiver.url, ["contact.lead.created"]);
    const deliveryId = await aDelivery(ws, subscription.id);
    const verdicts = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) verdicts.push(await consume(deliveryId, attempt));
    expect(MAX_ATTEMPTS).toBeGreaterThanOrEqual(5);
    expect(receiver.received.map((r) => r.event.delivery_attempts)).toEqual(Array.from({ length: MAX_ATTEMPTS }, (_, i) => i + 1));
    expect(verdicts.at(-1)).toMatchObject({ retried: false, acked: true });
    const delays = verdicts.slice(0, -1).map((v) => v.delaySeconds ?? 0);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThan(delays[i - 1] ?? 0);
    expect((await logOf(ws, subscription.id))[0]?.status).toBe("failed");
  });

  it("is not sent to a loopback receiver outside development", async () => {
    const ws = await aWorkspace();
    const receiver = aReceiver();
    const subscription = await subscribe(ws, receiver.url, ["contact.lead.created"]);
    const deliveryId = await aDelivery(ws, subscription.id);
    expect(await attemptDelivery({ ...env, PARLEY_ENV: "production" }, db(), deliveryId, Math.floor(Date.now() / 1000))).toBeNull();
    expect(receiver.received).toEqual([]);
    expect((await logOf(ws, subscription.id))[0]).toMatchObject({ status: "failed", response_excerpt: expect.stringMatching(/cannot receive/) });
  });
});

describe("POST /api/webhooks/{id}/deliveries/{delivery_id}/redeliver", () => {
  it("sends a delivered notification again by hand, with its id and one more attempt", async () => {
    const ws = await aWorkspace();
    const receiver = aReceiver();
    const subscription = await subscribe(ws, receiver.url, ["contact.lead.created"]);
    const deliveryId = await aDelivery(ws, subscription.id);
    await consume(deliveryId, 1);
    const response = await call(`/api/webhooks/${subscription.id}/deliveries/${deliveryId}/redeliver`, { method: "POST", token: ws.token });
    expect(response.status).toBe(202);
    await vi.waitFor(() => expect(receiver.received).toHaveLength(2), { timeout: 10_000, interval: 100 });
    expect(receiver.received[1]?.event).toMatchObject({ id: receiver.received[0]?.event.id, delivery_attempts: 2 });
  });

  it("answers 404 for another subscription's delivery", async () => {
    const ws = await aWorkspace();
    const receiver = aReceiver();
    const mine = await subscribe(ws, receiver.url, ["contact.lead.created"]);
    const other = await subscribe(ws, "https://hooks.example.com/other", ["contact.lead.created"]);
    const deliveryId = await aDelivery(ws, mine.id);
    expect((await call(`/api/webhooks/${other.id}/deliveries/${deliveryId}/redeliver`, { method: "POST", token: ws.token })).status).toBe(404);
  });
});
