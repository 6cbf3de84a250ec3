import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { insertAdmin } from "../../worker/db/admins.ts";
import { insertToken } from "../../worker/db/apiTokens.ts";
import { insertRating } from "../../worker/db/ratings.ts";
import { randomSecret, secretHint, sha256Hex } from "../../worker/identity/secrets.ts";
import { aContact } from "./engageFixtures.ts";
import { aTeam, aWorkspace, call, db, type TestWorkspace } from "./fixtures.ts";

const now = () => Math.floor(Date.now() / 1000);

async function json(response: Response): Promise<Record<string, unknown>> {
  const value: unknown = await response.json();
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("expected an object");
  return Object.fromEntries(Object.entries(value));
}

/** A workspace with one of every exported type, made through the REST API where one exists. */
async function aFullWorkspace(): Promise<{ ws: TestWorkspace; conversationId: string }> {
  const ws = await aWorkspace();
  const teamId = await aTeam(ws, "Sales", [ws.ownerId]);
  const contact = await aContact(ws, { customAttributes: { plan: "pro", seats: 3 } });
  const tag = await json(await call("/api/tags", { method: "POST", token: ws.token, json: { name: "vip" } }));
  await call(`/api/contacts/${contact.id}/tags`, { method: "POST", token: ws.token, json: { id: tag.id } });
  await call(`/api/contacts/${contact.id}/notes`, { method: "POST", token: ws.token, json: { body: "Wants a demo", admin_id: String(ws.ownerId) } });
  const started = await json(await call("/api/conversations", { method: "POST", token: ws.token, json: { from: { type: "user", id: contact.id }, body: "Hello, about pricing" } }));
  const conversationId = String(started.conversation_id);
  await call(`/api/conversations/${conversationId}/reply`, { method: "POST", token: ws.token, json: { type: "admin", message_type: "comment", admin_id: ws.ownerId, body: "<p>Hi! <b>Sure</b></p>" } });
  await call(`/api/conversations/${conversationId}/reply`, { method: "POST", token: ws.token, json: { type: "admin", message_type: "note", admin_id: ws.ownerId, body: "VIP lead" } });
  await call(`/api/conversations/${conversationId}/tags`, { method: "POST", token: ws.token, json: { id: tag.id, admin_id: String(ws.ownerId) } });
  await call(`/api/conversations/${conversationId}/parts`, { method: "POST", token: ws.token, json: { message_type: "close", admin_id: ws.ownerId } });
  await insertRating(db(), ws.workspaceId, { conversationId: Number(conversationId), rating: 5, remark: "Great", adminId: ws.ownerId, teamId, createdAt: now() });
  await call("/api/auto_messages", { method: "POST", token: ws.token, json: { title: "Welcome", channel: "in_app", body: "Hi", from_admin_id: String(ws.ownerId), rules: { field: "role", operator: "=", value: "user" }, state: "paused" } });
  const company = await json(await call("/api/companies", { method: "POST", token: ws.token, json: { company_id: "acme", name: "Acme", plan: "pro", monthly_spend: 12.5, custom_attributes: { tier: 2 } } }));
  await call(`/api/contacts/${contact.id}/companies`, { method: "POST", token: ws.token, json: { id: company.id } });
  await call("/api/data_attributes", { method: "POST", token: ws.token, json: { name: "seats", model: "contact", data_type: "integer" } });
  await call("/api/segments", { method: "POST", token: ws.token, json: { name: "Pro", rules: { field: "custom_attributes.plan", operator: "=", value: "pro" } } });
  await call("/api/webhooks", { method: "POST", token: ws.token, json: { url: "https://example.com/hook", topics: ["contact.user.created"] } });
  await call("/api/office_hours", { method: "PUT", token: ws.token, json: { timezone: "Europe/Paris", intervals: [{ day: "monday", open: "09:00", close: "17:00" }], reply_time: "hours" } });
  return { ws, conversationId };
}

async function exportOf(ws: TestWorkspace): Promise<string> {
  const response = await call("/api/export", { token: ws.token });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("application/x-ndjson");
  return new TextDecoder().decode(await response.arrayBuffer());
}

async function importInto(ws: TestWorkspace, ndjson: string) {
  const response = await call("/api/import", { method: "POST", token: ws.token, body: ndjson, headers: { "content-type": "application/x-ndjson" } });
  expect(response.status).toBe(200);
  return json(response);
}

/** Everything of the workspace gone, as after moving to a fresh database: contacts through REST (their rooms too). */
async function wipe(ws: TestWorkspace): Promise<void> {
  const contacts = await env.DB.prepare("SELECT id FROM contacts WHERE workspace_id = ?").bind(ws.workspaceId).all<{ id: string }>();
  for (const c of contacts.results) await call(`/api/contacts/${c.id}`, { method: "DELETE", token: ws.token });
  for (const table of ["tags", "contact_tags", "conversation_tags", "contact_notes", "teams", "team_members", "auto_messages", "office_hours", "conversation_ratings", "conversations", "contact_events", "companies", "contact_companies", "data_attributes", "segments", "webhook_subscriptions"]) {
    await env.DB.prepare(`DELETE FROM ${table} WHERE workspace_id = ?`).bind(ws.workspaceId).run();
  }
}

const typesOf = (ndjson: string) => ndjson.trim().split("\n").map((l) => String(JSON.parse(l).type));

describe("GET /export", () => {
  it("streams one line per object with its REST type, every part inside its conversation", async () => {
    const { ws, conversationId } = await aFullWorkspace();
    const text = await exportOf(ws);
    expect(new Set(typesOf(text))).toEqual(
      new Set(["parley_export", "team", "tag", "data_attribute", "company", "contact", "contact_company", "note", "conversation", "segment", "webhook_subscription", "auto_message", "office_hours"]),
    );
    const conversation = text.split("\n").map((l) => (l ? JSON.parse(l) : null)).find((l) => l?.type === "conversation");
    expect(conversation.id).toBe(conversationId);
    expect(conversation.conversation_parts.conversation_parts.map((p: { part_type: string }) => p.part_type)).toEqual(["comment", "comment", "note", "close"]);
    expect(conversation.conversation_rating).toMatchObject({ rating: 5, remark: "Great" });
    expect(conversation.tags.tags).toEqual([{ type: "tag", id: expect.any(String), name: "vip" }]);
  });

  it("answers 403 to an admin who is not the owner", async () => {
    const ws = await aWorkspace();
    const admin = await insertAdmin(db(), { workspaceId: ws.workspaceId, email: `a@${ws.appId}.example`, name: "A", passwordHash: "x", role: "admin", createdAt: now() });
    const token = randomSecret("parley");
    await insertToken(db(), { workspaceId: ws.workspaceId, adminId: admin.id, name: "t", tokenHash: await sha256Hex(token), tokenHint: secretHint(token), createdAt: now() });
    expect((await call("/api/export", { token })).status).toBe(403);
    expect((await call("/api/import", { method: "POST", token, body: "" })).status).toBe(403);
  });
});

describe("POST /import", () => {
  it("restores a wiped workspace so that its export is byte-identical", async () => {
    const { ws } = await aFullWorkspace();
    const before = await exportOf(ws);
    await wipe(ws);
    expect(typesOf(await exportOf(ws))).toEqual(["parley_export"]);
    const result = await importInto(ws, before);
    expect(result.errors).toEqual([]);
    expect(await exportOf(ws)).toBe(before);
  });

  it("changes nothing when a workspace imports its own export", async () => {
    const { ws } = await aFullWorkspace();
    const before = await exportOf(ws);
    const result = await importInto(ws, before);
    expect(result.error_count).toBe(0);
    expect(await exportOf(ws)).toBe(before);
  });

  it("gives a restored conversation's next message the next seq, in the inbox and the REST API", async () => {
    const { ws, conversationId } = await aFullWorkspace();
    const before = await exportOf(ws);
    await wipe(ws);
    await importInto(ws, before);
    const replied = await json(await call(`/api/conversations/${conversationId}/reply`, { method: "POST", token: ws.token, json: { type: "admin", message_type: "comment", admin_id: ws.ownerId, body: "Back again" } }));
    const parts = replied.conversation_parts as { conversation_parts: { id: string; body: string }[] };
    expect(parts.conversation_parts.at(-1)).toMatchObject({ id: `${conversationId}-5`, body: "<p>Back again</p>" });
    const list = await json(await call("/api/conversations", { token: ws.token }));
    expect((list.conversations as { id: string }[]).map((c) => c.id)).toEqual([conversationId]);
  });

  it("refuses ids another workspace holds and names the line", async () => {
    const { ws } = await aFullWorkspace();
    const other = await aWorkspace();
    const result = await importInto(other, await exportOf(ws));
    const errors = result.errors as { line: number; type: string; message: string }[];
    expect(errors.some((e) => e.type === "contact" && /another workspace/.test(e.message))).toBe(true);
    expect((await json(await call("/api/contacts", { token: ws.token }))).total_count).toBe(1);
  });
});
