import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { aContact } from "./engageFixtures.ts";
import { aWorkspace, call, type TestWorkspace } from "./fixtures.ts";

// POST /import?source=NAME: another account's objects, their ids mapped through import_ids.

type Obj = Record<string, unknown>;

async function json(response: Response): Promise<Obj> {
  const value: unknown = await response.json();
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("expected an object");
  return Object.fromEntries(Object.entries(value));
}

/** A source workspace with a tagged contact, a note and a conversation of four parts. */
async function aSource(): Promise<{ ws: TestWorkspace; contactId: string; conversationId: string }> {
  const ws = await aWorkspace();
  const contact = await aContact(ws);
  const tag = await json(await call("/api/tags", { method: "POST", token: ws.token, json: { name: "vip" } }));
  await call(`/api/contacts/${contact.id}/tags`, { method: "POST", token: ws.token, json: { id: tag.id } });
  await call(`/api/contacts/${contact.id}/notes`, { method: "POST", token: ws.token, json: { body: "Wants a demo", admin_id: String(ws.ownerId) } });
  const started = await json(await call("/api/conversations", { method: "POST", token: ws.token, json: { from: { type: "user", id: contact.id }, body: "Hello there" } }));
  const conversationId = String(started.conversation_id);
  await call(`/api/conversations/${conversationId}/reply`, { method: "POST", token: ws.token, json: { type: "admin", message_type: "comment", admin_id: ws.ownerId, body: "Hi!" } });
  await call(`/api/conversations/${conversationId}/tags`, { method: "POST", token: ws.token, json: { id: tag.id, admin_id: String(ws.ownerId) } });
  await call(`/api/conversations/${conversationId}/parts`, { method: "POST", token: ws.token, json: { message_type: "close", admin_id: ws.ownerId } });
  return { ws, contactId: contact.id, conversationId };
}

/** The source's own export, the types a foreign import takes, its `parley` extras dropped as a REST client would have none. */
async function foreignLines(ws: TestWorkspace): Promise<string> {
  const text = new TextDecoder().decode(await (await call("/api/export", { token: ws.token })).arrayBuffer());
  const admins = await json(await call("/api/admins", { token: ws.token }));
  const lines = text.trim().split("\n").map((l): Obj => JSON.parse(l)).filter((l) => ["tag", "contact", "note", "conversation"].includes(String(l.type)));
  const adminLines = (admins.admins as Obj[]).map((a) => ({ type: "admin", id: a.id, email: a.email }));
  return [...adminLines, ...lines.map(({ parley: _parley, ...rest }) => rest)].map((l) => JSON.stringify(l)).join("\n");
}

async function importForeign(target: TestWorkspace, body: string, source = "other-parley"): Promise<Obj> {
  const response = await call(`/api/import?source=${source}`, { method: "POST", token: target.token, body, headers: { "content-type": "application/x-ndjson" } });
  expect(response.status).toBe(200);
  return json(response);
}

const count = async (table: string, ws: TestWorkspace) =>
  (await env.DB.prepare(`SELECT count(*) AS n FROM ${table} WHERE workspace_id = ?`).bind(ws.workspaceId).first<{ n: number }>())?.n;

describe("POST /import?source=", () => {
  it("gives another account's objects local ids and maps every reference to them", async () => {
    const source = await aSource();
    const target = await aWorkspace();
    const result = await importForeign(target, await foreignLines(source.ws));
    expect(result.errors).toEqual([]);
    expect(result.imported).toMatchObject({ contact: 1, tag: 1, note: 1, conversation: 1 });

    const contacts = (await json(await call("/api/contacts", { token: target.token }))).data as Obj[];
    expect(contacts).toHaveLength(1);
    const contact = contacts[0] ?? {};
    expect(contact.id).not.toBe(source.contactId);
    expect(contact.tags).toMatchObject({ data: [{ name: "vip" }] });
    const notes = (await json(await call(`/api/contacts/${String(contact.id)}/notes`, { token: target.token }))).data as Obj[];
    expect(notes).toMatchObject([{ body: "Wants a demo", author: { id: String(target.ownerId) } }]);

    const list = (await json(await call("/api/conversations", { token: target.token }))).conversations as Obj[];
    expect(list).toHaveLength(1);
    const conversation = await json(await call(`/api/conversations/${String(list[0]?.id)}`, { token: target.token }));
    expect(conversation).toMatchObject({ state: "closed", contacts: { contacts: [{ id: contact.id }] }, tags: { tags: [{ name: "vip" }] } });
    const parts = (conversation.conversation_parts as { conversation_parts: Obj[] }).conversation_parts;
    expect(parts.map((p) => [p.part_type, p.body, (p.author as Obj).id])).toEqual([
      ["comment", "<p>Hi!</p>", String(target.ownerId)],
      ["close", null, String(target.ownerId)],
    ]);
  });

  it("changes nothing when the same lines come again, and keeps two sources apart", async () => {
    const source = await aSource();
    const target = await aWorkspace();
    const lines = await foreignLines(source.ws);
    await importForeign(target, lines);
    const before = await Promise.all(["contacts", "tags", "contact_notes", "conversations", "import_ids"].map((t) => count(t, target)));
    const again = await importForeign(target, lines);
    expect(again.error_count).toBe(0);
    expect(await Promise.all(["contacts", "tags", "contact_notes", "conversations", "import_ids"].map((t) => count(t, target)))).toEqual(before);
    const conversations = (await json(await call("/api/conversations", { token: target.token }))).conversations as Obj[];
    const conversation = await json(await call(`/api/conversations/${String(conversations[0]?.id)}`, { token: target.token }));
    expect((conversation.conversation_parts as { total_count: number }).total_count).toBe(2);

    await importForeign(target, lines, "a-second-source");
    expect(await count("conversations", target)).toBe(2);
    expect(await count("tags", target)).toBe(1);
  });

  it("refuses a note whose contact was never imported, and a type it cannot map", async () => {
    const target = await aWorkspace();
    const lines = [{ type: "note", id: "9", body: "<p>Hi</p>", created_at: 1, author: { id: "1" }, contact: { id: "nobody" } }, { type: "routing_rule", id: 1 }];
    const result = await importForeign(target, lines.map((l) => JSON.stringify(l)).join("\n"));
    const errors = (result.errors as { line: number }[]).toSorted((a, b) => a.line - b.line);
    expect(errors).toEqual([
      { line: 1, type: "note", message: "contact nobody is not imported (contacts come first)." },
      { line: 2, type: "routing_rule", message: "unknown type routing_rule." },
    ]);
  });
});
