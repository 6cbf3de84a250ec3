import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { insertAdmin } from "../../worker/db/admins.ts";
import { aContact } from "./engageFixtures.ts";
import { aWorkspace, call, db, errorCode } from "./fixtures.ts";
import { boot, hashFor } from "./messenger.ts";

async function body(response: Response): Promise<Record<string, unknown>> {
  const value: unknown = await response.json();
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("expected an object");
  return Object.fromEntries(Object.entries(value));
}

describe("POST /contacts/{id}/notes", () => {
  it("creates a note shaped as CONTRACT §8 says, written by the named admin", async () => {
    const ws = await aWorkspace();
    const contact = await aContact(ws);
    const response = await call(`/api/contacts/${contact.id}/notes`, { method: "POST", token: ws.token, json: { body: "Asked about the Pro plan", admin_id: String(ws.ownerId) } });
    expect(response.status).toBe(200);
    const note = await body(response);
    expect(note).toEqual({
      type: "note",
      id: expect.stringMatching(/^\d+$/),
      body: "Asked about the Pro plan",
      created_at: expect.any(Number),
      author: { type: "admin", id: String(ws.ownerId) },
      contact: { type: "contact", id: contact.id },
    });
  });

  it("refuses an empty body, an admin of another workspace and an unknown contact", async () => {
    const ws = await aWorkspace();
    const other = await aWorkspace();
    const contact = await aContact(ws);
    const empty = await call(`/api/contacts/${contact.id}/notes`, { method: "POST", token: ws.token, json: { body: "  ", admin_id: String(ws.ownerId) } });
    expect(await errorCode(empty)).toBe("parameter_invalid");
    const stranger = await call(`/api/contacts/${contact.id}/notes`, { method: "POST", token: ws.token, json: { body: "Hi", admin_id: String(other.ownerId) } });
    expect(stranger.status).toBe(404);
    const missing = await call(`/api/contacts/${"0".repeat(24)}/notes`, { method: "POST", token: ws.token, json: { body: "Hi" } });
    expect(missing.status).toBe(404);
    const foreign = await call(`/api/contacts/${contact.id}/notes`, { method: "POST", token: other.token, json: { body: "Hi" } });
    expect(foreign.status).toBe(404);
  });

  it("never reuses the id of a note deleted with its contact", async () => {
    const ws = await aWorkspace();
    const first = await aContact(ws);
    const note = await body(await call(`/api/contacts/${first.id}/notes`, { method: "POST", token: ws.token, json: { body: "one" } }));
    expect((await call(`/api/contacts/${first.id}`, { method: "DELETE", token: ws.token })).status).toBe(200);
    const second = await aContact(ws);
    const next = await body(await call(`/api/contacts/${second.id}/notes`, { method: "POST", token: ws.token, json: { body: "two" } }));
    expect(Number(next.id)).toBeGreaterThan(Number(note.id));
  });
});

describe("GET /contacts/{id}/notes", () => {
  it("lists the contact's notes newest first, by their authors", async () => {
    const ws = await aWorkspace();
    const colleague = await insertAdmin(db(), { workspaceId: ws.workspaceId, email: `mate@${ws.appId}.example`, name: "Mate", passwordHash: "x", role: "admin", createdAt: 1 });
    const contact = await aContact(ws);
    await call(`/api/contacts/${contact.id}/notes`, { method: "POST", token: ws.token, json: { body: "first" } });
    await call(`/api/contacts/${contact.id}/notes`, { method: "POST", token: ws.token, json: { body: "second", admin_id: colleague.id } });
    const list = await body(await call(`/api/contacts/${contact.id}/notes`, { token: ws.token }));
    expect(list.type).toBe("list");
    expect(list.total_count).toBe(2);
    expect(list.data).toMatchObject([
      { body: "second", author: { id: String(colleague.id) } },
      { body: "first", author: { id: String(ws.ownerId) } },
    ]);
  });

  it("deletes a contact's notes with the contact", async () => {
    const ws = await aWorkspace();
    const contact = await aContact(ws);
    await call(`/api/contacts/${contact.id}/notes`, { method: "POST", token: ws.token, json: { body: "bye" } });
    await call(`/api/contacts/${contact.id}`, { method: "DELETE", token: ws.token });
    expect((await call(`/api/contacts/${contact.id}/notes`, { token: ws.token })).status).toBe(404);
    const left = await env.DB.prepare("SELECT count(*) AS n FROM contact_notes WHERE contact_id = ?").bind(contact.id).first<{ n: number }>();
    expect(left?.n).toBe(0);
  });
});

describe("notes of a lead that signs in", () => {
  it("move to the user the lead becomes part of", async () => {
    const ws = await aWorkspace();
    const user = await body(await call("/api/contacts", { method: "POST", token: ws.token, json: { role: "user", external_id: "u-notes" } }));
    const lead = await boot(ws);
    expect((await call(`/api/contacts/${lead.visitorId}/notes`, { method: "POST", token: ws.token, json: { body: "Asked for a demo" } })).status).toBe(200);
    await boot(ws, { user_id: "u-notes", user_hash: await hashFor("u-notes") }, lead.token);
    expect((await call(`/api/contacts/${lead.visitorId}`, { token: ws.token })).status).toBe(404);
    const notes = await body(await call(`/api/contacts/${String(user.id)}/notes`, { token: ws.token }));
    expect(notes.data).toMatchObject([{ body: "Asked for a demo", contact: { id: user.id } }]);
  });
});

describe("GET /contacts/{id}/notes?page=", () => {
  it("pages by number and answers an empty page past the end, where Intercom's SDK stops", async () => {
    const ws = await aWorkspace();
    const contact = await aContact(ws);
    for (const text of ["one", "two", "three"]) await call(`/api/contacts/${contact.id}/notes`, { method: "POST", token: ws.token, json: { body: text } });
    const page = async (query: string) => {
      const listed: { data: { body: string }[] } = await (await call(`/api/contacts/${contact.id}/notes${query}`, { token: ws.token })).json();
      return listed.data.map((n) => n.body);
    };
    expect(await page("")).toEqual(["three", "two", "one"]);
    expect(await page("?page=2&per_page=2")).toEqual(["one"]);
    expect(await page("?page=2")).toEqual([]);
  });
});
