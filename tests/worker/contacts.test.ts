import { describe, expect, it } from "vitest";
import { aWorkspace, call, errorCode } from "./fixtures.ts";

const json = async (r: Response): Promise<Record<string, unknown>> => {
  const body: unknown = await r.json();
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new Error("expected an object");
  return Object.fromEntries(Object.entries(body));
};

describe("POST /contacts", () => {
  it("creates a user with Intercom's fields plus web_sessions", async () => {
    const ws = await aWorkspace();
    const response = await call("/api/contacts", {
      method: "POST",
      token: ws.token,
      json: { role: "user", external_id: "u-1", email: "Ada@Example.com", name: "Ada", signed_up_at: 1_700_000_000, web_sessions: 7, custom_attributes: { plan: "pro", seats: 3, beta: true } },
    });
    expect(response.status).toBe(200);
    const contact = await json(response);
    expect(contact).toMatchObject({
      type: "contact",
      role: "user",
      external_id: "u-1",
      email: "ada@example.com",
      name: "Ada",
      signed_up_at: 1_700_000_000,
      last_seen_at: null,
      web_sessions: 7,
      custom_attributes: { plan: "pro", seats: 3, beta: true },
    });
    expect(contact.id).toMatch(/^[0-9a-f]{24}$/);
  });

  it("refuses a second contact with the same external_id as a conflict", async () => {
    const ws = await aWorkspace();
    await call("/api/contacts", { method: "POST", token: ws.token, json: { external_id: "dup" } });
    const again = await call("/api/contacts", { method: "POST", token: ws.token, json: { external_id: "dup" } });
    expect(again.status).toBe(409);
    expect(await errorCode(again)).toBe("conflict");
  });

  it("refuses invalid fields with parameter_invalid naming the field", async () => {
    const ws = await aWorkspace();
    const response = await call("/api/contacts", { method: "POST", token: ws.token, json: { role: "admin" } });
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(JSON.stringify(body.errors)).toContain("role");
    const badEmail = await call("/api/contacts", { method: "POST", token: ws.token, json: { email: "not-an-email" } });
    expect(await errorCode(badEmail)).toBe("parameter_invalid");
    const badAttr = await call("/api/contacts", { method: "POST", token: ws.token, json: { role: "lead", custom_attributes: { "a.b": 1 } } });
    expect(await errorCode(badAttr)).toBe("parameter_invalid");
  });

  it("refuses malformed JSON without a stack trace", async () => {
    const ws = await aWorkspace();
    const response = await call("/api/contacts", { method: "POST", token: ws.token, body: "{not json", headers: { "content-type": "application/json" } });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toMatch(/at .*\.ts|Error:/);
  });
});

describe("PUT /contacts/{id}", () => {
  it("updates fields and merges custom attributes, null removing one", async () => {
    const ws = await aWorkspace();
    const created = await json(await call("/api/contacts", { method: "POST", token: ws.token, json: { role: "lead", custom_attributes: { a: 1, b: "x" } } }));
    const updated = await json(
      await call(`/api/contacts/${String(created.id)}`, { method: "PUT", token: ws.token, json: { role: "user", name: "Bo", custom_attributes: { b: null, c: false } } }),
    );
    expect(updated).toMatchObject({ role: "user", name: "Bo", custom_attributes: { a: 1, c: false } });
    expect(updated.custom_attributes).not.toHaveProperty("b");
  });
});

describe("GET /contacts/{id} and find_by_external_id", () => {
  it("finds a contact by id and by external id, and answers 404 for others", async () => {
    const ws = await aWorkspace();
    const created = await json(await call("/api/contacts", { method: "POST", token: ws.token, json: { external_id: "ext 1/2" } }));
    expect(await json(await call(`/api/contacts/${String(created.id)}`, { token: ws.token }))).toMatchObject({ id: created.id });
    expect(await json(await call(`/api/contacts/find_by_external_id/${encodeURIComponent("ext 1/2")}`, { token: ws.token }))).toMatchObject({ id: created.id });
    expect((await call("/api/contacts/find_by_external_id/missing", { token: ws.token })).status).toBe(404);
    expect((await call("/api/contacts/000000000000000000000000", { token: ws.token })).status).toBe(404);
  });
});

describe("DELETE /contacts/{id}", () => {
  it("deletes a contact and its events", async () => {
    const ws = await aWorkspace();
    const created = await json(await call("/api/contacts", { method: "POST", token: ws.token, json: { external_id: "gone" } }));
    await call("/api/events", { method: "POST", token: ws.token, json: { event_name: "ordered", user_id: "gone" } });
    const deleted = await json(await call(`/api/contacts/${String(created.id)}`, { method: "DELETE", token: ws.token }));
    expect(deleted).toEqual({ type: "contact", id: created.id, external_id: "gone", deleted: true });
    expect((await call(`/api/contacts/${String(created.id)}`, { token: ws.token })).status).toBe(404);
  });
});

describe("GET /contacts", () => {
  it("pages with cursors until next is null, each contact once", async () => {
    const ws = await aWorkspace();
    for (let i = 0; i < 5; i++) await call("/api/contacts", { method: "POST", token: ws.token, json: { external_id: `p${i}` } });
    const seen: string[] = [];
    let path = "/api/contacts?per_page=2";
    for (let page = 1; page <= 3; page++) {
      const body = await json(await call(path, { token: ws.token }));
      expect(body).toMatchObject({ type: "list", total_count: 5, pages: { type: "pages", page, per_page: 2, total_pages: 3 } });
      const data = Array.isArray(body.data) ? body.data : [];
      for (const c of data) if (typeof c === "object" && c && "id" in c && typeof c.id === "string") seen.push(c.id);
      const pages = body.pages;
      const next = typeof pages === "object" && pages && "next" in pages ? pages.next : null;
      if (page < 3) {
        expect(next).toMatchObject({ per_page: 2 });
        const after = typeof next === "object" && next && "starting_after" in next ? String(next.starting_after) : "";
        path = `/api/contacts?per_page=2&starting_after=${after}`;
      } else {
        expect(next).toBeNull();
      }
    }
    expect(new Set(seen).size).toBe(5);
  });

  it("refuses a cursor it did not issue", async () => {
    const ws = await aWorkspace();
    const response = await call("/api/contacts?starting_after=%27%20OR%201%3D1", { token: ws.token });
    expect(response.status).toBe(400);
  });
});

describe("POST /events", () => {
  it("records an event for a contact found by user_id, id or email, answering 202 with no body", async () => {
    const ws = await aWorkspace();
    const created = await json(await call("/api/contacts", { method: "POST", token: ws.token, json: { external_id: "ev", email: "ev@example.com" } }));
    for (const who of [{ user_id: "ev" }, { id: String(created.id) }, { email: "EV@example.com" }]) {
      const response = await call("/api/events", { method: "POST", token: ws.token, json: { event_name: "invited-friend", created_at: 1_700_000_000, metadata: { n: 1 }, ...who } });
      expect(response.status).toBe(202);
      expect(await response.text()).toBe("");
    }
    const search = await json(
      await call("/api/contacts/search", { method: "POST", token: ws.token, json: { query: { field: "event.invited-friend.count", operator: "=", value: 3 } } }),
    );
    expect(search.total_count).toBe(1);
  });

  it("answers 404 for an unknown contact and 400 without an event name", async () => {
    const ws = await aWorkspace();
    expect((await call("/api/events", { method: "POST", token: ws.token, json: { event_name: "x", user_id: "nobody" } })).status).toBe(404);
    const missing = await call("/api/events", { method: "POST", token: ws.token, json: { user_id: "nobody" } });
    expect(missing.status).toBe(422);
    expect(await errorCode(missing)).toBe("parameter_not_found");
  });
});
