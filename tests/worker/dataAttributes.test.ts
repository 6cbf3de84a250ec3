import { describe, expect, it } from "vitest";
import { aContact } from "./engageFixtures.ts";
import { aWorkspace, call, errorCode, type TestWorkspace } from "./fixtures.ts";

type Attribute = { name: string; model: string; data_type: string; custom: boolean; full_name: string };

async function attributes(ws: TestWorkspace, query: string): Promise<Attribute[]> {
  const response = await call(`/api/data_attributes${query}`, { token: ws.token });
  expect(response.status).toBe(200);
  const body: { type: string; data: Attribute[] } = await response.json();
  expect(body.type).toBe("list");
  return body.data;
}

const declare = (ws: TestWorkspace, body: unknown) => call("/api/data_attributes", { method: "POST", token: ws.token, json: body });

describe("GET /data_attributes", () => {
  it("lists the built-in attributes of the model asked for, then the declared ones with their types", async () => {
    const ws = await aWorkspace();
    expect((await declare(ws, { name: "seats", model: "contact", data_type: "integer" })).status).toBe(200);
    expect((await declare(ws, { name: "tier", model: "company", data_type: "string" })).status).toBe(200);
    const contact = await attributes(ws, "?model=contact");
    expect(contact).toContainEqual(expect.objectContaining({ name: "email", data_type: "string", custom: false, model: "contact" }));
    expect(contact).toContainEqual(expect.objectContaining({ name: "seats", full_name: "custom_attributes.seats", data_type: "integer", custom: true }));
    expect(contact.map((a) => a.model)).not.toContain("company");
    const company = await attributes(ws, "?model=company");
    expect(company).toContainEqual(expect.objectContaining({ name: "tier", custom: true }));
    expect(company).toContainEqual(expect.objectContaining({ name: "monthly_spend", data_type: "float", custom: false }));
    expect((await call("/api/data_attributes?model=ticket", { token: ws.token })).status).toBe(400);
  });
});

describe("POST /data_attributes", () => {
  it("refuses a second attribute of the same name and model, an unknown type and a bad name", async () => {
    const ws = await aWorkspace();
    expect((await declare(ws, { name: "seats", model: "contact", data_type: "integer" })).status).toBe(200);
    expect(await errorCode(await declare(ws, { name: "seats", model: "contact", data_type: "string" }))).toBe("parameter_invalid");
    expect((await declare(ws, { name: "seats", model: "company", data_type: "string" })).status).toBe(200);
    expect(await errorCode(await declare(ws, { name: "x", model: "contact", data_type: "money" }))).toBe("parameter_invalid");
    expect(await errorCode(await declare(ws, { name: "a.b", model: "contact", data_type: "string" }))).toBe("parameter_invalid");
  });
});

describe("custom attribute types on POST and PUT /contacts", () => {
  const cases: [string, unknown, boolean][] = [
    ["string", "gold", true],
    ["string", 5, false],
    ["integer", 12, true],
    ["integer", 1.5, false],
    ["integer", "12", false],
    ["float", 1.5, true],
    ["float", 2, true],
    ["float", "1.5", false],
    ["boolean", false, true],
    ["boolean", "true", false],
    ["date", 1_700_000_000, true],
    ["date", "2024-01-01", false],
    ["integer", null, true],
  ];

  it.each(cases)("a %s attribute given %j is accepted: %s", async (dataType, value, accepted) => {
    const ws = await aWorkspace();
    await declare(ws, { name: "field", model: "contact", data_type: dataType });
    const created = await call("/api/contacts", { method: "POST", token: ws.token, json: { role: "user", email: "typed@example.com", custom_attributes: { field: value } } });
    const existing = await aContact(ws);
    const updated = await call(`/api/contacts/${existing.id}`, { method: "PUT", token: ws.token, json: { custom_attributes: { field: value } } });
    for (const response of [created, updated]) {
      if (accepted) expect(response.status, await response.clone().text()).toBe(200);
      else expect(await errorCode(response)).toBe("parameter_invalid");
    }
  });

  it("leaves undeclared attributes free and enforces company attributes on POST /companies", async () => {
    const ws = await aWorkspace();
    await declare(ws, { name: "seats", model: "company", data_type: "integer" });
    expect((await call("/api/contacts", { method: "POST", token: ws.token, json: { role: "lead", custom_attributes: { seats: "many" } } })).status).toBe(200);
    expect(await errorCode(await call("/api/companies", { method: "POST", token: ws.token, json: { company_id: "c", custom_attributes: { seats: "many" } } }))).toBe("parameter_invalid");
    expect((await call("/api/companies", { method: "POST", token: ws.token, json: { company_id: "c", custom_attributes: { seats: 3 } } })).status).toBe(200);
  });
});
