import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { TOPICS } from "../../worker/webhooks/topics.ts";
import { aWorkspace, call, type TestWorkspace } from "./fixtures.ts";
import { boot, hashFor } from "./messenger.ts";
import { aReceiver, signedBy, subscribe, type Received } from "./webhookReceiver.ts";

afterEach(() => {
  vi.restoreAllMocks();
});

async function post(ws: TestWorkspace, path: string, json: unknown): Promise<Record<string, unknown>> {
  const response = await call(path, { method: "POST", token: ws.token, json });
  expect(response.status, await response.clone().text()).toBe(200);
  return response.json();
}

async function arrived(received: Received[], topics: readonly string[]): Promise<Map<string, Received>> {
  await vi.waitFor(() => expect(received.map((r) => r.event.topic).sort()).toEqual([...topics].sort()), { timeout: 15_000, interval: 100 });
  return new Map(received.map((r) => [r.event.topic, r]));
}

const withParts = z.object({ conversation_parts: z.object({ conversation_parts: z.array(z.object({ part_type: z.string() })) }) });
const partsOf = (item: unknown) => withParts.parse(item).conversation_parts.conversation_parts.map((p) => p.part_type);

describe("webhook events", () => {
  it("sends each of the eight topics once, signed as Intercom signs, with the item as it was then", async () => {
    const ws = await aWorkspace();
    const receiver = aReceiver();
    const subscription = await subscribe(ws, receiver.url, [...TOPICS]);
    const user = await post(ws, "/api/contacts", { role: "user", external_id: `u-${ws.appId}`, email: `u@${ws.appId}.example` });
    await post(ws, "/api/contacts", { role: "lead", name: "A lead" });
    const message = await post(ws, "/api/conversations", { from: { type: "user", id: user.id }, body: "Help please" });
    const path = `/api/conversations/${String(message.conversation_id)}`;
    await post(ws, `${path}/reply`, { type: "user", message_type: "comment", intercom_user_id: user.id, body: "Anyone?" });
    await post(ws, `${path}/reply`, { type: "admin", message_type: "comment", admin_id: ws.ownerId, body: "Hello!" });
    await post(ws, `${path}/reply`, { type: "admin", message_type: "note", admin_id: ws.ownerId, body: "VIP" });
    await post(ws, `${path}/parts`, { message_type: "assignment", type: "admin", admin_id: ws.ownerId, assignee_id: ws.ownerId });
    await post(ws, `${path}/parts`, { message_type: "close", admin_id: ws.ownerId });

    const byTopic = await arrived(receiver.received, TOPICS);
    for (const r of receiver.received) {
      expect(await signedBy(subscription.secret, r.body, r.signature), r.event.topic).toBe(true);
      expect(await signedBy(`${subscription.secret}x`, r.body, r.signature)).toBe(false);
      expect(r.contentType).toBe("application/json");
      expect(r.event).toMatchObject({ app_id: ws.appId, delivery_attempts: 1 });
      expect(r.event.first_sent_at).toBeGreaterThanOrEqual(r.event.created_at);
    }
    expect(byTopic.get("contact.user.created")?.event.data.item).toMatchObject({ type: "contact", id: user.id, role: "user" });
    expect(byTopic.get("contact.lead.created")?.event.data.item).toMatchObject({ type: "contact", role: "lead", name: "A lead" });

    const createdItem = byTopic.get("conversation.user.created")?.event.data.item ?? {};
    expect(createdItem).toMatchObject({ type: "conversation", id: String(message.conversation_id), state: "open", admin_assignee_id: null });
    expect(partsOf(createdItem)).toEqual([]);
    expect(partsOf(byTopic.get("conversation.user.replied")?.event.data.item ?? {})).toEqual(["comment"]);
    expect(partsOf(byTopic.get("conversation.admin.noted")?.event.data.item ?? {})).toEqual(["comment", "comment", "note"]);
    expect(byTopic.get("conversation.admin.assigned")?.event.data.item).toMatchObject({ state: "open", admin_assignee_id: ws.ownerId });
    const closedItem = byTopic.get("conversation.admin.closed")?.event.data.item ?? {};
    expect(closedItem).toMatchObject({ state: "closed", open: false });
    expect(partsOf(closedItem)).toEqual(["comment", "comment", "note", "assignment", "close"]);
  });

  it("announces the contacts the messenger creates: an anonymous visitor's lead and an identified user", async () => {
    const ws = await aWorkspace();
    const receiver = aReceiver();
    await subscribe(ws, receiver.url, ["contact.lead.created", "contact.user.created"]);
    await boot(ws);
    const userId = `m-${ws.appId}`;
    await boot(ws, { user_id: userId, user_hash: await hashFor(userId) });
    const byTopic = await arrived(receiver.received, ["contact.lead.created", "contact.user.created"]);
    expect(byTopic.get("contact.user.created")?.event.data.item).toMatchObject({ role: "user", external_id: userId });
  });

  it("sends a subscription only its own topics and logs each delivery", async () => {
    const ws = await aWorkspace();
    const receiver = aReceiver();
    const subscription = await subscribe(ws, receiver.url, ["contact.lead.created"]);
    const user = await post(ws, "/api/contacts", { role: "user", external_id: `only-${ws.appId}` });
    await post(ws, "/api/conversations", { from: { type: "user", id: user.id }, body: "Not for this hook" });
    await post(ws, "/api/contacts", { role: "lead" });
    await arrived(receiver.received, ["contact.lead.created"]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(receiver.received.map((r) => r.event.topic)).toEqual(["contact.lead.created"]);
    const log: { data: { topic: string; status: string; response_status: number; response_excerpt: string; latency_ms: number }[] } = await (
      await call(`/api/webhooks/${subscription.id}/deliveries`, { token: ws.token })
    ).json();
    expect(log.data).toEqual([expect.objectContaining({ topic: "contact.lead.created", status: "delivered", response_status: 200, response_excerpt: "thanks" })]);
    expect(log.data[0]?.latency_ms).toBeGreaterThanOrEqual(0);
  });
});
