import { describe, expect, it } from "vitest";
import { friendlyName } from "../../shared/contactName.ts";
import { aContact } from "./engageFixtures.ts";
import { BASE, aWorkspace, call, type TestWorkspace } from "./fixtures.ts";
import { sessionCookie } from "./helpFixtures.ts";

const origin = { origin: BASE };

async function object(response: Response): Promise<Record<string, unknown>> {
  expect(response.status, await response.clone().text()).toBe(200);
  const value: unknown = await response.json();
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("expected an object");
  return Object.fromEntries(Object.entries(value));
}

async function admin(ws: TestWorkspace, path: string, json?: unknown): Promise<Response> {
  const cookie = await sessionCookie(ws);
  return call(`/admin/api${path}`, json === undefined ? { headers: { cookie } } : { method: "POST", json, headers: { cookie, ...origin } });
}

const idsOf = (page: Record<string, unknown>): unknown[] => (Array.isArray(page.contacts) ? page.contacts.map((c: { id?: unknown }) => c.id) : []);

describe("GET /admin/api/contacts/{id}", () => {
  it("answers the contact with its events, conversations and notes in one request", async () => {
    const ws = await aWorkspace();
    const contact = await aContact(ws, { name: null, email: null, customAttributes: { plan: "pro" } });
    await call("/api/events", { method: "POST", token: ws.token, json: { event_name: "ordered", id: contact.id, metadata: { total: 12 } } });
    await call("/api/conversations", { method: "POST", token: ws.token, json: { from: { type: "user", id: contact.id }, body: "Where is my order?" } });
    await call(`/api/contacts/${contact.id}/notes`, { method: "POST", token: ws.token, json: { body: "VIP" } });
    const profile = await object(await admin(ws, `/contacts/${contact.id}`));
    expect(profile.contact).toMatchObject({ id: contact.id, display_name: friendlyName(contact.id), anonymous: true, custom_attributes: { plan: "pro" } });
    expect(profile.events).toMatchObject([{ name: "ordered", metadata: { total: 12 } }]);
    expect(profile.conversations).toMatchObject([{ state: "open", last_part_preview: "Where is my order?" }]);
    expect(profile.notes).toMatchObject([{ type: "note", body: "VIP" }]);
  });

  it("takes the session cookie only, and hides other workspaces' contacts", async () => {
    const ws = await aWorkspace();
    const other = await aWorkspace();
    const contact = await aContact(ws);
    expect((await call(`/admin/api/contacts/${contact.id}`, { token: ws.token })).status).toBe(401);
    expect((await admin(other, `/contacts/${contact.id}`)).status).toBe(404);
  });
});

describe("POST /admin/api/contacts/{id}/notes", () => {
  it("writes the note as the signed-in admin, and GET lists it like the REST API", async () => {
    const ws = await aWorkspace();
    const contact = await aContact(ws);
    const note = await object(await admin(ws, `/contacts/${contact.id}/notes`, { body: "Called them back", admin_id: "999" }));
    expect(note).toMatchObject({ type: "note", body: "Called them back", author: { type: "admin", id: String(ws.ownerId) } });
    const viaAdmin = await object(await admin(ws, `/contacts/${contact.id}/notes`));
    const viaRest = await object(await call(`/api/contacts/${contact.id}/notes`, { token: ws.token }));
    expect(viaAdmin).toEqual(viaRest);
  });
});

describe("POST /admin/api/contacts/search", () => {
  it("pages through the contacts matching rules and words, newest first, with their count", async () => {
    const ws = await aWorkspace();
    const pro = await Promise.all([1, 2, 3].map((n) => aContact(ws, { name: `Pro ${n}`, customAttributes: { plan: "pro" } })));
    await aContact(ws, { name: "Free", customAttributes: { plan: "free" } });
    const rules = { operator: "AND", value: [{ field: "custom_attributes.plan", operator: "=", value: "pro" }] };
    const first = await object(await admin(ws, "/contacts/search", { rules, per_page: 2 }));
    expect(first.total_count).toBe(3);
    expect(idsOf(first)).toEqual([pro[2]?.id, pro[1]?.id]);
    const second = await object(await admin(ws, "/contacts/search", { rules, per_page: 2, starting_after: first.next }));
    expect(idsOf(second)).toEqual([pro[0]?.id]);
    expect(second.next).toBeNull();
    const words = await object(await admin(ws, "/contacts/search", { rules, query: "pro 2" }));
    expect(idsOf(words)).toEqual([pro[1]?.id]);
  });

  it("names every row as the rest of the app does and refuses a broken rule", async () => {
    const ws = await aWorkspace();
    const anonymous = await aContact(ws, { name: null, email: null, role: "lead" });
    const page = await object(await admin(ws, "/contacts/search", {}));
    expect(page.contacts).toMatchObject([{ id: anonymous.id, display_name: friendlyName(anonymous.id), anonymous: true }]);
    const broken = await admin(ws, "/contacts/search", { rules: { field: "nope", operator: "=", value: 1 } });
    expect(broken.status).toBe(400);
  });
});

describe("POST /admin/api/contacts/bulk_delete", () => {
  it("deletes the picked contacts with their notes and conversations, and nobody else", async () => {
    const ws = await aWorkspace();
    const [a, b, keep] = await Promise.all([aContact(ws), aContact(ws), aContact(ws)]);
    if (!a || !b || !keep) throw new Error("fixtures");
    await call(`/api/contacts/${a.id}/notes`, { method: "POST", token: ws.token, json: { body: "note" } });
    await call("/api/conversations", { method: "POST", token: ws.token, json: { from: { type: "user", id: b.id }, body: "Hi" } });
    const result = await object(await admin(ws, "/contacts/bulk_delete", { ids: [a.id, b.id] }));
    expect(result).toEqual({ deleted: 2, remaining: 0 });
    expect((await call(`/api/contacts/${a.id}`, { token: ws.token })).status).toBe(404);
    expect((await call(`/api/contacts/${b.id}`, { token: ws.token })).status).toBe(404);
    expect((await call(`/api/contacts/${keep.id}`, { token: ws.token })).status).toBe(200);
    const conversations = await object(await call("/api/conversations", { token: ws.token }));
    expect(conversations.total_count).toBe(0);
  });

  it("deletes everyone matching a filter, and only in the admin's own workspace", async () => {
    const ws = await aWorkspace();
    const other = await aWorkspace();
    await Promise.all([aContact(ws, { role: "lead" }), aContact(ws, { role: "lead" }), aContact(ws, { role: "user" }), aContact(other, { role: "lead" })]);
    const result = await object(await admin(ws, "/contacts/bulk_delete", { filter: { rules: { field: "role", operator: "=", value: "lead" } } }));
    expect(result).toEqual({ deleted: 2, remaining: 0 });
    const left = await object(await admin(ws, "/contacts/search", {}));
    expect(left.total_count).toBe(1);
    const untouched = await object(await admin(other, "/contacts/search", {}));
    expect(untouched.total_count).toBe(1);
  });

  it("refuses an empty selection and ids that are not contact ids", async () => {
    const ws = await aWorkspace();
    expect((await admin(ws, "/contacts/bulk_delete", { ids: [] })).status).toBe(400);
    expect((await admin(ws, "/contacts/bulk_delete", { ids: ["1 OR 1=1"] })).status).toBe(400);
    expect((await admin(ws, "/contacts/bulk_delete", {})).status).toBe(400);
  });
});

describe("POST /admin/api/contacts/bulk_tag", () => {
  const tagNames = async (ws: TestWorkspace, id: string): Promise<unknown[]> => {
    const contact = await object(await call(`/api/contacts/${id}`, { token: ws.token }));
    const tags = contact.tags;
    return typeof tags === "object" && tags !== null && "data" in tags && Array.isArray(tags.data) ? tags.data.map((t: { name?: unknown }) => t.name) : [];
  };

  it("tags everyone matching a filter with a new tag, once, and only in the admin's own workspace", async () => {
    const ws = await aWorkspace();
    const other = await aWorkspace();
    const [leadA, leadB, user] = await Promise.all([aContact(ws, { role: "lead" }), aContact(ws, { role: "lead" }), aContact(ws, { role: "user" })]);
    const stranger = await aContact(other, { role: "lead" });
    if (!leadA || !leadB || !user) throw new Error("fixtures");
    const selection = { filter: { rules: { field: "role", operator: "=", value: "lead" } } };
    expect(await object(await admin(ws, "/contacts/bulk_tag", { selection, name: "Trial" }))).toEqual({ changed: 2 });
    expect(await object(await admin(ws, "/contacts/bulk_tag", { selection, name: "Trial" }))).toEqual({ changed: 0 });
    expect(await tagNames(ws, leadA.id)).toEqual(["Trial"]);
    expect(await tagNames(ws, leadB.id)).toEqual(["Trial"]);
    expect(await tagNames(ws, user.id)).toEqual([]);
    expect(await tagNames(other, stranger.id)).toEqual([]);
  });

  it("removes the tag from the picked contacts only, and refuses a blank name", async () => {
    const ws = await aWorkspace();
    const [a, b] = await Promise.all([aContact(ws), aContact(ws)]);
    if (!a || !b) throw new Error("fixtures");
    await admin(ws, "/contacts/bulk_tag", { selection: { ids: [a.id, b.id] }, name: "VIP" });
    expect(await object(await admin(ws, "/contacts/bulk_tag", { selection: { ids: [a.id] }, name: "VIP", remove: true }))).toEqual({ changed: 1 });
    expect(await tagNames(ws, a.id)).toEqual([]);
    expect(await tagNames(ws, b.id)).toEqual(["VIP"]);
    expect(await object(await admin(ws, "/contacts/bulk_tag", { selection: { ids: [a.id] }, name: "Never made", remove: true }))).toEqual({ changed: 0 });
    expect((await admin(ws, "/contacts/bulk_tag", { selection: { ids: [a.id] }, name: "  " })).status).toBe(400);
  });
});

describe("POST /admin/api/contacts/export", () => {
  it("answers the selection as CSV, one line per contact after the header", async () => {
    const ws = await aWorkspace();
    const [a] = await Promise.all([aContact(ws, { name: "Ada, Countess" }), aContact(ws)]);
    if (!a) throw new Error("fixtures");
    const response = await admin(ws, "/contacts/export", { ids: [a.id] });
    expect(response.headers.get("content-type")).toContain("text/csv");
    const lines = (await response.text()).trim().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^id,display_name,name,email/);
    expect(lines[1]).toContain('"Ada, Countess"');
  });
});
