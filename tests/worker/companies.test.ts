import { describe, expect, it } from "vitest";
import { aContact } from "./engageFixtures.ts";
import { aWorkspace, call, errorCode, type TestWorkspace } from "./fixtures.ts";
import { boot, hashFor } from "./messenger.ts";

type Json = Record<string, unknown>;

async function json(response: Response): Promise<Json> {
  expect(response.status, await response.clone().text()).toBe(200);
  const value: unknown = await response.json();
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("expected an object");
  return Object.fromEntries(Object.entries(value));
}

function listOf(body: Json, key = "data"): Json[] {
  const items = body[key];
  return Array.isArray(items) ? items.map((item: unknown) => (typeof item === "object" && item !== null ? Object.fromEntries(Object.entries(item)) : {})) : [];
}

const post = (ws: TestWorkspace, path: string, body: unknown) => call(`/api${path}`, { method: "POST", token: ws.token, json: body });
const get = (ws: TestWorkspace, path: string) => call(`/api${path}`, { token: ws.token });

describe("POST /companies", () => {
  it("creates a company shaped as Intercom's, then updates the one with the same company_id", async () => {
    const ws = await aWorkspace();
    const created = await json(await post(ws, "/companies", { company_id: "acme", name: "Acme", plan: "Pro", size: 40, custom_attributes: { tier: "gold", region: "eu" } }));
    expect(created).toMatchObject({
      type: "company", id: expect.stringMatching(/^\d+$/), company_id: "acme", app_id: ws.appId, name: "Acme",
      plan: { type: "plan", name: "Pro" }, size: 40, user_count: 0, custom_attributes: { tier: "gold", region: "eu" },
    });
    const updated = await json(await post(ws, "/companies", { company_id: "acme", industry: "Anvils", custom_attributes: { region: null, seats: 3 } }));
    expect(updated).toMatchObject({ id: created.id, name: "Acme", plan: { name: "Pro" }, industry: "Anvils", custom_attributes: { tier: "gold", seats: 3 } });
    expect(updated.custom_attributes).not.toHaveProperty("region");
  });

  it("refuses a body without company_id", async () => {
    const ws = await aWorkspace();
    expect(await errorCode(await post(ws, "/companies", { name: "Nameless" }))).toBe("parameter_not_found");
  });
});

describe("GET /companies", () => {
  it("finds one by id or by company_id, and answers 404 for others and other workspaces", async () => {
    const ws = await aWorkspace();
    const other = await aWorkspace();
    const created = await json(await post(ws, "/companies", { company_id: "c-1", name: "One" }));
    expect(await json(await get(ws, `/companies/${String(created.id)}`))).toMatchObject({ company_id: "c-1" });
    expect(await json(await get(ws, "/companies?company_id=c-1"))).toMatchObject({ id: created.id });
    expect((await get(ws, "/companies?company_id=nope")).status).toBe(404);
    expect((await get(other, `/companies/${String(created.id)}`)).status).toBe(404);
    expect((await get(ws, "/companies/abc")).status).toBe(404);
  });

  it("pages through companies with cursors, and POST /companies/list by page number until empty", async () => {
    const ws = await aWorkspace();
    for (const id of ["a", "b", "c"]) await post(ws, "/companies", { company_id: id, name: id.toUpperCase() });
    const first = await json(await get(ws, "/companies?per_page=2"));
    expect(listOf(first).map((c) => c.company_id)).toEqual(["a", "b"]);
    expect(first.total_count).toBe(3);
    const pages = first.pages;
    const next = typeof pages === "object" && pages !== null && "next" in pages && typeof pages.next === "object" && pages.next !== null && "starting_after" in pages.next ? String(pages.next.starting_after) : "";
    const second = await json(await get(ws, `/companies?per_page=2&starting_after=${next}`));
    expect(listOf(second).map((c) => c.company_id)).toEqual(["c"]);
    expect(second.pages).toMatchObject({ page: 2, next: null });

    expect(listOf(await json(await call("/api/companies/list?page=2&per_page=2", { method: "POST", token: ws.token }))).map((c) => c.company_id)).toEqual(["c"]);
    expect(listOf(await json(await call("/api/companies/list?page=3&per_page=2", { method: "POST", token: ws.token })))).toEqual([]);
  });
});

describe("contact companies", () => {
  it("attaches, lists, counts and detaches a contact's companies", async () => {
    const ws = await aWorkspace();
    const contact = await aContact(ws);
    const company = await json(await post(ws, "/companies", { company_id: "acme", name: "Acme" }));
    const attached = await json(await post(ws, `/contacts/${contact.id}/companies`, { id: company.id }));
    expect(attached).toMatchObject({ id: company.id, user_count: 1 });
    const listed = await json(await get(ws, `/contacts/${contact.id}/companies`));
    expect(listOf(listed).map((c) => c.id)).toEqual([company.id]);
    expect(listOf(listed, "companies").map((c) => c.id)).toEqual([company.id]);
    expect(listOf(await json(await get(ws, `/contacts/${contact.id}/companies?page=2`)), "companies")).toEqual([]);

    const detached = await json(await call(`/api/contacts/${contact.id}/companies/${String(company.id)}`, { method: "DELETE", token: ws.token }));
    expect(detached).toMatchObject({ id: company.id, user_count: 0 });
    expect(listOf(await json(await get(ws, `/contacts/${contact.id}/companies`)))).toEqual([]);
    expect((await call(`/api/contacts/${contact.id}/companies/${String(company.id)}`, { method: "DELETE", token: ws.token })).status).toBe(404);
  });

  it("answers 404 for an unknown company or contact", async () => {
    const ws = await aWorkspace();
    const contact = await aContact(ws);
    expect((await post(ws, `/contacts/${contact.id}/companies`, { id: "999999" })).status).toBe(404);
    expect((await post(ws, `/contacts/${"0".repeat(24)}/companies`, { id: "1" })).status).toBe(404);
  });
});

describe("the messenger's company settings", () => {
  const company = { id: "m-acme", name: "Acme", plan: "Pro", monthly_spend: 49, created_at: 1_700_000_000, seats: 12 };

  it("create the company and attach an identified user to it", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws, { user_id: "u-1", user_hash: await hashFor("u-1"), company, companies: [{ company_id: "m-globex", name: "Globex" }] });
    const found = await json(await get(ws, "/companies?company_id=m-acme"));
    expect(found).toMatchObject({ name: "Acme", plan: { name: "Pro" }, monthly_spend: 49, remote_created_at: 1_700_000_000, custom_attributes: { seats: 12 }, user_count: 1 });
    const listed = listOf(await json(await get(ws, `/contacts/${visitor.visitorId}/companies`)));
    expect(listed.map((c) => c.company_id)).toEqual(["m-acme", "m-globex"]);
  });

  it("never let an anonymous lead create or join a company", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws, { company });
    expect((await get(ws, "/companies?company_id=m-acme")).status).toBe(404);
    expect(listOf(await json(await get(ws, `/contacts/${visitor.visitorId}/companies`)))).toEqual([]);
  });

  it("never let a boot that names a verified user without proof attach anyone", async () => {
    const ws = await aWorkspace();
    await boot(ws, { user_id: "u-2", user_hash: await hashFor("u-2") });
    await boot(ws, { user_id: "u-2", company });
    expect((await get(ws, "/companies?company_id=m-acme")).status).toBe(404);
  });

  it("drop a custom value of the wrong declared type rather than failing the boot", async () => {
    const ws = await aWorkspace();
    await post(ws, "/data_attributes", { name: "seats", model: "company", data_type: "integer" });
    await boot(ws, { user_id: "u-3", user_hash: await hashFor("u-3"), company: { ...company, seats: "twelve", tier: "gold" } });
    expect((await json(await get(ws, "/companies?company_id=m-acme"))).custom_attributes).toEqual({ tier: "gold" });
  });
});
