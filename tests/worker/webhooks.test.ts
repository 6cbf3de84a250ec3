import { describe, expect, it } from "vitest";
import { TOPICS } from "../../worker/webhooks/topics.ts";
import { aWorkspace, BASE, call, errorCode } from "./fixtures.ts";
import { adminCookie } from "./messenger.ts";
import { subscribe } from "./webhookReceiver.ts";

describe("POST /api/webhooks", () => {
  it("creates a subscription and shows its secret once", async () => {
    const ws = await aWorkspace();
    const created = await subscribe(ws, "https://hooks.example.com/in", ["conversation.user.created", "contact.lead.created"]);
    expect(created).toMatchObject({ type: "webhook_subscription", url: "https://hooks.example.com/in", topics: ["contact.lead.created", "conversation.user.created"] });
    expect(created.secret.length).toBeGreaterThan(20);
    const listed: { type: string; data: Record<string, unknown>[] } = await (await call("/api/webhooks", { token: ws.token })).json();
    expect(listed.type).toBe("list");
    expect(listed.data).toEqual([expect.objectContaining({ id: created.id, url: created.url })]);
    expect(listed.data[0]).not.toHaveProperty("secret");
  });

  it("refuses a topic outside the contract's eight, an empty list and a non-http URL", async () => {
    const ws = await aWorkspace();
    for (const json of [
      { url: "https://hooks.example.com/in", topics: ["conversation.admin.snoozed"] },
      { url: "https://hooks.example.com/in", topics: [] },
      { url: "ftp://hooks.example.com/in", topics: ["contact.user.created"] },
    ]) {
      const response = await call("/api/webhooks", { method: "POST", token: ws.token, json });
      expect(response.status, JSON.stringify(json)).toBe(400);
      expect(await errorCode(response)).toBe("parameter_invalid");
    }
  });

  it("accepts every topic at once", async () => {
    const ws = await aWorkspace();
    expect((await subscribe(ws, "https://hooks.example.com/all", [...TOPICS])).topics).toEqual([...TOPICS]);
  });
});

describe("DELETE /api/webhooks/{id}", () => {
  it("deletes the subscription, and another workspace cannot see or delete it", async () => {
    const [ws, other] = [await aWorkspace(), await aWorkspace()];
    const created = await subscribe(ws, "https://hooks.example.com/in", ["contact.user.created"]);
    expect((await call(`/api/webhooks/${created.id}`, { method: "DELETE", token: other.token })).status).toBe(404);
    const deleted = await call(`/api/webhooks/${created.id}`, { method: "DELETE", token: ws.token });
    expect(await deleted.json()).toEqual({ type: "webhook_subscription", id: created.id, deleted: true });
    expect((await call(`/api/webhooks/${created.id}`, { token: ws.token })).status).toBe(404);
  });

  it("never gives a deleted subscription's id to a new one", async () => {
    const ws = await aWorkspace();
    const first = await subscribe(ws, "https://hooks.example.com/a", ["contact.user.created"]);
    await call(`/api/webhooks/${first.id}`, { method: "DELETE", token: ws.token });
    const second = await subscribe(ws, "https://hooks.example.com/b", ["contact.user.created"]);
    expect(Number(second.id)).toBeGreaterThan(Number(first.id));
  });
});

describe("POST /api/webhooks/{id}/rotate_secret", () => {
  it("answers a new secret", async () => {
    const ws = await aWorkspace();
    const created = await subscribe(ws, "https://hooks.example.com/in", ["contact.user.created"]);
    const rotated: { id: string; secret: string } = await (await call(`/api/webhooks/${created.id}/rotate_secret`, { method: "POST", token: ws.token })).json();
    expect(rotated.id).toBe(created.id);
    expect(rotated.secret).not.toBe(created.secret);
  });
});

describe("the admin app's Settings → Webhooks", () => {
  it("creates, lists, rotates and deletes with the session cookie", async () => {
    const ws = await aWorkspace();
    const headers = { cookie: await adminCookie(ws), origin: BASE };
    const created = await call("/api/webhooks", { method: "POST", headers, json: { url: "https://hooks.example.com/admin", topics: ["conversation.admin.closed"] } });
    expect(created.status).toBe(200);
    const { id }: { id: string } = await created.json();
    const listed: { data: { id: string }[] } = await (await call("/api/webhooks", { headers })).json();
    expect(listed.data.map((s) => s.id)).toEqual([id]);
    expect((await call(`/api/webhooks/${id}/rotate_secret`, { method: "POST", headers })).status).toBe(200);
    const log: { type: string; data: unknown[] } = await (await call(`/api/webhooks/${id}/deliveries`, { headers })).json();
    expect(log).toEqual({ type: "list", data: [] });
    expect((await call(`/api/webhooks/${id}`, { method: "DELETE", headers })).status).toBe(200);
  });

  it("refuses a signed-out caller", async () => {
    expect((await call("/api/webhooks", { headers: { origin: BASE } })).status).toBe(401);
  });
});
