import { beforeAll, describe, expect, it } from "vitest";
import { aWorkspace, call, errorCode, type TestWorkspace } from "./fixtures.ts";

const DAY = 86_400;
const now = Math.floor(Date.now() / 1000);
let ws: TestWorkspace;

// Five people whose values make every operator select a different, known subset.
const people = {
  ada: { external_id: "ada", role: "user", email: "ada@acme.io", name: "Ada Lovelace", signed_up_at: now - 2 * DAY, last_seen_at: now - 40 * DAY, web_sessions: 12, custom_attributes: { plan: "pro", seats: 5, beta: true } },
  bob: { external_id: "bob", role: "user", email: "bob@example.com", name: "Bob O'Brien", signed_up_at: now - 10 * DAY, last_seen_at: now - DAY, web_sessions: 3, custom_attributes: { plan: "free", seats: "5" } },
  cy: { external_id: "cy", role: "lead", email: "cy@acme.io", name: "Cy", signed_up_at: null, last_seen_at: now - 3600, web_sessions: 0, custom_attributes: {} },
  dee: { external_id: "dee", role: "user", email: null, name: null, signed_up_at: now - 40 * DAY, last_seen_at: null, web_sessions: 25, custom_attributes: { plan: "enterprise", seats: 50 } },
  evil: { external_id: "'; DROP TABLE contacts; --", role: "lead", email: "x@evil.test", name: "%_' OR 1=1 --", signed_up_at: now, last_seen_at: now, web_sessions: 1, custom_attributes: { plan: "' OR '1'='1" } },
} as const;
type Name = keyof typeof people;

async function search(query: unknown): Promise<Name[]> {
  const response = await call("/api/contacts/search", { method: "POST", token: ws.token, json: { query, pagination: { per_page: 150 } } });
  expect(response.status, JSON.stringify(query)).toBe(200);
  const body: unknown = await response.json();
  const data = typeof body === "object" && body !== null && "data" in body && Array.isArray(body.data) ? body.data : [];
  const names = data.map((c: unknown) => (typeof c === "object" && c !== null && "external_id" in c ? String(c.external_id) : ""));
  const byExternal = Object.fromEntries(Object.entries(people).map(([k, v]) => [v.external_id, k]));
  return names.map((n: string) => byExternal[n]).filter((n): n is Name => n !== undefined).sort();
}

beforeAll(async () => {
  ws = await aWorkspace();
  for (const person of Object.values(people)) {
    const response = await call("/api/contacts", { method: "POST", token: ws.token, json: person });
    expect(response.status).toBe(200);
  }
});

describe("POST /contacts/search operators", () => {
  it("= and != match exact values and never a missing one", async () => {
    expect(await search({ field: "email", operator: "=", value: "ada@acme.io" })).toEqual(["ada"]);
    expect(await search({ field: "email", operator: "!=", value: "ada@acme.io" })).toEqual(["bob", "cy", "evil"]);
  });

  it("IN and NIN take lists and skip missing values", async () => {
    expect(await search({ field: "role", operator: "IN", value: ["lead"] })).toEqual(["cy", "evil"]);
    expect(await search({ field: "name", operator: "NIN", value: ["Cy", "Ada Lovelace"] })).toEqual(["bob", "evil"]);
  });

  it("> and < compare numbers and times", async () => {
    expect(await search({ field: "web_sessions", operator: ">", value: 5 })).toEqual(["ada", "dee"]);
    expect(await search({ field: "web_sessions", operator: "<", value: "3" })).toEqual(["cy", "evil"]);
  });

  it("~ and !~ test containment", async () => {
    expect(await search({ field: "email", operator: "~", value: "acme" })).toEqual(["ada", "cy"]);
    expect(await search({ field: "email", operator: "!~", value: "acme" })).toEqual(["bob", "evil"]);
  });

  it("^ and $ test prefixes and suffixes", async () => {
    expect(await search({ field: "name", operator: "^", value: "Bob" })).toEqual(["bob"]);
    expect(await search({ field: "email", operator: "$", value: ".io" })).toEqual(["ada", "cy"]);
  });

  it("custom attributes compare with their own types", async () => {
    expect(await search({ field: "custom_attributes.seats", operator: "=", value: 5 })).toEqual(["ada"]);
    expect(await search({ field: "custom_attributes.seats", operator: "=", value: "5" })).toEqual(["bob"]);
    expect(await search({ field: "custom_attributes.seats", operator: ">", value: 10 })).toEqual(["dee"]);
    expect(await search({ field: "custom_attributes.beta", operator: "=", value: true })).toEqual(["ada"]);
  });
});

describe("POST /contacts/search relative times", () => {
  it("reads {days_ago} as now minus N days", async () => {
    expect(await search({ field: "signed_up_at", operator: ">", value: { days_ago: 7 } })).toEqual(["ada", "evil"]);
    expect(await search({ field: "last_seen_at", operator: "<", value: { days_ago: 30 } })).toEqual(["ada"]);
  });
});

describe("POST /contacts/search groups", () => {
  it("nests AND and OR", async () => {
    const query = {
      operator: "OR",
      value: [
        { operator: "AND", value: [{ field: "role", operator: "=", value: "user" }, { field: "web_sessions", operator: ">", value: 20 }] },
        { operator: "AND", value: [{ field: "email", operator: "$", value: "acme.io" }, { operator: "OR", value: [{ field: "name", operator: "=", value: "Cy" }] }] },
      ],
    };
    expect(await search(query)).toEqual(["cy", "dee"]);
  });
});

describe("POST /contacts/search with hostile input", () => {
  it("treats SQL-shaped values as plain text", async () => {
    expect(await search({ field: "external_id", operator: "=", value: "'; DROP TABLE contacts; --" })).toEqual(["evil"]);
    expect(await search({ field: "name", operator: "~", value: "%_' OR 1=1" })).toEqual(["evil"]);
    expect(await search({ field: "name", operator: "~", value: "%" })).toEqual(["evil"]);
    expect(await search({ field: "custom_attributes.plan", operator: "=", value: "' OR '1'='1" })).toEqual(["evil"]);
    expect(await search({ field: "external_id", operator: "!=", value: "x' OR 1=1 --" })).toEqual(["ada", "bob", "cy", "dee", "evil"]);
  });

  it("refuses unknown fields and attribute names that try to escape the JSON path", async () => {
    for (const query of [
      { field: "password_hash", operator: "=", value: "x" },
      { field: "custom_attributes.a\") OR 1=1 --", operator: "=", value: "x" },
      { field: "email; DROP TABLE contacts", operator: "=", value: "x" },
      { field: "email", operator: "LIKE", value: "%" },
    ]) {
      const response = await call("/api/contacts/search", { method: "POST", token: ws.token, json: { query } });
      expect(response.status).toBe(400);
      expect(await errorCode(response)).toBe("parameter_invalid");
    }
    expect(await search({ field: "role", operator: "IN", value: ["user", "lead"] })).toHaveLength(5);
  });

  it("requires a query", async () => {
    const response = await call("/api/contacts/search", { method: "POST", token: ws.token, json: {} });
    expect(response.status).toBe(422);
  });
});
