import { describe, expect, it } from "vitest";
import { call, aWorkspace, errorCode } from "./fixtures.ts";
import { aContact, deliveries, outbox } from "./engageFixtures.ts";

const PRO = { field: "custom_attributes.plan", operator: "=", value: "pro" };

describe("POST /api/auto_messages", () => {
  it("answers the created object, which GET returns unchanged", async () => {
    const ws = await aWorkspace();
    const input = { title: "Hi", channel: "in_app", subject: null, body: "Hello", from_admin_id: String(ws.ownerId), rules: PRO, state: "paused" };
    const created = await call("/api/auto_messages", { method: "POST", token: ws.token, json: input });
    expect(created.status).toBe(200);
    const body: { id: string } = await created.json();
    expect(body).toMatchObject({ type: "auto_message", ...input, sent: 0 });
    const read = await call(`/api/auto_messages/${body.id}`, { token: ws.token });
    expect(await read.json()).toEqual(body);
    const list = await call("/api/auto_messages", { token: ws.token });
    expect(await list.json()).toMatchObject({ type: "list", data: [body] });
  });

  it("refuses rules the rule language refuses, naming the problem", async () => {
    const ws = await aWorkspace();
    const response = await call("/api/auto_messages", {
      method: "POST",
      token: ws.token,
      json: { title: "x", channel: "email", body: "b", from_admin_id: ws.ownerId, rules: { field: "shoe_size", operator: "=", value: 3 } },
    });
    expect(response.status).toBe(400);
    const body: { errors: { message: string }[] } = await response.json();
    expect(body.errors[0]?.message).toContain("shoe_size");
  });

  it("refuses an admin of another workspace", async () => {
    const ws = await aWorkspace();
    const other = await aWorkspace();
    const response = await call("/api/auto_messages", { method: "POST", token: ws.token, json: { title: "x", channel: "in_app", body: "b", from_admin_id: other.ownerId, rules: PRO } });
    expect(await errorCode(response)).toBe("parameter_invalid");
  });
});

describe("PUT /api/auto_messages/{id}", () => {
  it("changes only the fields sent, keeping the state", async () => {
    const ws = await aWorkspace();
    const created = await call("/api/auto_messages", { method: "POST", token: ws.token, json: { title: "x", channel: "in_app", body: "b", from_admin_id: ws.ownerId, rules: PRO, state: "live" } });
    const { id }: { id: string } = await created.json();
    const updated = await call(`/api/auto_messages/${id}`, { method: "PUT", token: ws.token, json: { title: "Renamed" } });
    expect(await updated.json()).toMatchObject({ title: "Renamed", state: "live", body: "b" });
  });
});

describe("DELETE /api/auto_messages/{id}", () => {
  it("removes the message, and another workspace cannot see it", async () => {
    const ws = await aWorkspace();
    const other = await aWorkspace();
    const created = await call("/api/auto_messages", { method: "POST", token: ws.token, json: { title: "x", channel: "in_app", body: "b", from_admin_id: ws.ownerId, rules: PRO } });
    const { id }: { id: string } = await created.json();
    expect((await call(`/api/auto_messages/${id}`, { token: other.token })).status).toBe(404);
    expect((await call(`/api/auto_messages/${id}`, { method: "DELETE", token: ws.token })).status).toBe(200);
    expect((await call(`/api/auto_messages/${id}`, { token: ws.token })).status).toBe(404);
  });
});

describe("POST /api/manual_messages", () => {
  it("sends to everyone matching the rules at send time, once each", async () => {
    const ws = await aWorkspace();
    const pro = await aContact(ws, { customAttributes: { plan: "pro" } });
    await aContact(ws, { customAttributes: { plan: "free" } });
    const response = await call("/api/manual_messages", { method: "POST", token: ws.token, json: { channel: "in_app", body: "News", from_admin_id: ws.ownerId, audience: { rules: PRO } } });
    expect(response.status).toBe(200);
    const body: { id: string; sent: number } = await response.json();
    expect(body.sent).toBe(1);
    const sent = await deliveries(ws, `manual_message_id=${body.id}`);
    expect(sent.map((d) => d.contact_id)).toEqual([pro.id]);
    expect(sent[0]?.conversation_id).not.toBeNull();
  });

  it("sends email to chosen contacts, skipping unsubscribed ones and duplicates", async () => {
    const ws = await aWorkspace();
    const a = await aContact(ws);
    const gone = await aContact(ws, { unsubscribedFromEmails: true });
    const response = await call("/api/manual_messages", {
      method: "POST",
      token: ws.token,
      json: { channel: "email", subject: "Hello", body: "Hi", from_admin_id: ws.ownerId, audience: { contact_ids: [a.id, a.id, gone.id] } },
    });
    expect(await response.json()).toMatchObject({ sent: 1 });
    expect((await outbox(ws)).map((e) => e.recipient)).toEqual([a.email]);
  });
});

describe("POST /api/audience", () => {
  it("counts the contacts a rule matches now", async () => {
    const ws = await aWorkspace();
    await aContact(ws, { customAttributes: { plan: "pro" } });
    await aContact(ws, { customAttributes: { plan: "pro" } });
    await aContact(ws);
    const response = await call("/api/audience", { method: "POST", token: ws.token, json: { rules: PRO } });
    expect(await response.json()).toEqual({ type: "audience", count: 2 });
  });
});

describe("GET /api/deliveries", () => {
  it("filters by contact and lists the contract's fields", async () => {
    const ws = await aWorkspace();
    const a = await aContact(ws, { customAttributes: { plan: "pro" } });
    await aContact(ws, { customAttributes: { plan: "pro" } });
    await call("/api/manual_messages", { method: "POST", token: ws.token, json: { channel: "in_app", body: "News", from_admin_id: ws.ownerId, audience: { rules: PRO } } });
    const mine = await deliveries(ws, `contact_id=${a.id}`);
    expect(mine).toHaveLength(1);
    expect(Object.keys(mine[0] ?? {}).sort()).toEqual(
      ["type", "id", "contact_id", "channel", "sent_at", "auto_message_id", "campaign_id", "campaign_message_index", "manual_message_id", "conversation_id"].sort(),
    );
  });
});
