import { describe, expect, it } from "vitest";
import { aContact, DAY } from "./engageFixtures.ts";
import { aWorkspace, call, errorCode, type TestWorkspace } from "./fixtures.ts";

type SegmentJson = { type: string; id: string; name: string; person_type: string; rules: unknown; count?: number };

const now = () => Math.floor(Date.now() / 1000);
const RECENT = { field: "last_seen_at", operator: ">", value: { days_ago: 1 } };

async function createSegment(ws: TestWorkspace, name: string, rules: unknown): Promise<SegmentJson> {
  const response = await call("/api/segments", { method: "POST", token: ws.token, json: { name, rules } });
  expect(response.status, await response.clone().text()).toBe(200);
  return response.json();
}

async function segmentNamesOf(ws: TestWorkspace, contactId: string): Promise<string[]> {
  const response = await call(`/api/contacts/${contactId}/segments`, { token: ws.token });
  expect(response.status).toBe(200);
  const body: { type: string; data: SegmentJson[] } = await response.json();
  expect(body.type).toBe("list");
  return body.data.map((s) => s.name);
}

describe("POST /segments", () => {
  it("saves a rule as a segment and keeps relative times relative", async () => {
    const ws = await aWorkspace();
    const segment = await createSegment(ws, "Active", RECENT);
    expect(segment).toMatchObject({ type: "segment", id: expect.stringMatching(/^\d+$/), name: "Active", person_type: "contact", rules: RECENT });
  });

  it("refuses a rule the query language does not allow, and a missing name", async () => {
    const ws = await aWorkspace();
    expect(await errorCode(await call("/api/segments", { method: "POST", token: ws.token, json: { name: "Bad", rules: { field: "shoe_size", operator: "=", value: 9 } } }))).toBe("parameter_invalid");
    expect(await errorCode(await call("/api/segments", { method: "POST", token: ws.token, json: { rules: RECENT } }))).toBe("parameter_not_found");
    expect(await errorCode(await call("/api/segments", { method: "POST", token: ws.token, json: { name: "No rules" } }))).toBe("parameter_not_found");
  });
});

describe("GET /segments", () => {
  it("lists the workspace's segments as a segment.list, with counts when asked, and finds one", async () => {
    const ws = await aWorkspace();
    const other = await aWorkspace();
    await aContact(ws, { role: "lead" });
    await aContact(ws, { role: "user" });
    const leads = await createSegment(ws, "Leads", { field: "role", operator: "=", value: "lead" });
    const listed: { type: string; segments: SegmentJson[] } = await (await call("/api/segments?include_count=true", { token: ws.token })).json();
    expect(listed).toMatchObject({ type: "segment.list", segments: [{ id: leads.id, name: "Leads", count: 1 }] });
    expect((await (await call(`/api/segments/${leads.id}`, { token: ws.token })).json()) as unknown).toMatchObject({ id: leads.id, name: "Leads" });
    expect((await call(`/api/segments/${leads.id}`, { token: other.token })).status).toBe(404);
    expect((await call("/api/segments/x", { token: ws.token })).status).toBe(404);
  });
});

describe("GET /contacts/{id}/segments", () => {
  it("answers membership as of the request, to the second, for time-relative rules", async () => {
    const ws = await aWorkspace();
    await createSegment(ws, "Seen today", RECENT);
    await createSegment(ws, "Tagless users", { operator: "AND", value: [{ field: "role", operator: "=", value: "user" }, { field: "tag", operator: "!=", value: "vip" }] });
    const justInside = await aContact(ws, { lastSeenAt: now() - DAY + 60 });
    const justOutside = await aContact(ws, { lastSeenAt: now() - DAY - 60 });
    const neverSeen = await aContact(ws, { role: "lead", lastSeenAt: null });
    expect(await segmentNamesOf(ws, justInside.id)).toEqual(["Seen today", "Tagless users"]);
    expect(await segmentNamesOf(ws, justOutside.id)).toEqual(["Tagless users"]);
    expect(await segmentNamesOf(ws, neverSeen.id)).toEqual([]);

    await call(`/api/contacts/${justOutside.id}`, { method: "PUT", token: ws.token, json: { last_seen_at: now() } });
    expect(await segmentNamesOf(ws, justOutside.id)).toEqual(["Seen today", "Tagless users"]);
  });

  it("answers 404 for a contact of another workspace", async () => {
    const ws = await aWorkspace();
    const other = await aWorkspace();
    const contact = await aContact(other);
    expect((await call(`/api/contacts/${contact.id}/segments`, { token: ws.token })).status).toBe(404);
  });
});
