import { describe, expect, it } from "vitest";
import { aWorkspace, BASE, call, type TestWorkspace } from "./fixtures.ts";
import { aContact, anAutoMessage, deliveries, runAt, T } from "./engageFixtures.ts";
import { adminCookie } from "./messenger.ts";

// The rule language's `tag` field wherever rules run: contacts search and engage audiences (SQL),
// routing and campaign goals (in memory, from the contact's tags read with it).

async function tag(ws: TestWorkspace, contactId: string, name: string): Promise<void> {
  const created = await (await call("/api/tags", { method: "POST", token: ws.token, json: { name } })).json<{ id: string }>();
  const response = await call(`/api/contacts/${contactId}/tags`, { method: "POST", token: ws.token, json: { id: created.id } });
  expect(response.status).toBe(200);
}

async function search(ws: TestWorkspace, query: unknown): Promise<string[]> {
  const response = await call("/api/contacts/search", { method: "POST", token: ws.token, json: { query } });
  expect(response.status, await response.clone().text()).toBe(200);
  const body = await response.json<{ data: { id: string }[] }>();
  return body.data.map((c) => c.id).sort();
}

describe("the tag field in POST /api/contacts/search", () => {
  it("selects contacts with a tag for = and the others, untagged ones included, for !=", async () => {
    const ws = await aWorkspace();
    const [vip, beta, bare] = [await aContact(ws), await aContact(ws), await aContact(ws)];
    await tag(ws, vip.id, "vip");
    await tag(ws, vip.id, "beta");
    await tag(ws, beta.id, "beta");
    expect(await search(ws, { field: "tag", operator: "=", value: "vip" })).toEqual([vip.id]);
    expect(await search(ws, { field: "tag", operator: "!=", value: "vip" })).toEqual([beta.id, bare.id].sort());
    expect(await search(ws, { operator: "AND", value: [{ field: "tag", operator: "=", value: "beta" }, { field: "tag", operator: "!=", value: "vip" }] })).toEqual([beta.id]);
  });

  it("never sees another workspace's tag of the same name", async () => {
    const [ws, other] = [await aWorkspace(), await aWorkspace()];
    const mine = await aContact(ws);
    await tag(other, (await aContact(other)).id, "vip");
    expect(await search(ws, { field: "tag", operator: "=", value: "vip" })).toEqual([]);
    expect(await search(ws, { field: "tag", operator: "!=", value: "vip" })).toEqual([mine.id]);
  });

  it("stays within D1's bound parameters at the largest rule allowed", async () => {
    const ws = await aWorkspace();
    const contact = await aContact(ws);
    await tag(ws, contact.id, "t29");
    const value = Array.from({ length: 30 }, (_, i) => ({ field: "tag", operator: "=", value: `t${i}` }));
    expect(await search(ws, { operator: "OR", value })).toEqual([contact.id]);
  });

  it("refuses operators other than = and !=", async () => {
    const ws = await aWorkspace();
    const response = await call("/api/contacts/search", { method: "POST", token: ws.token, json: { query: { field: "tag", operator: "~", value: "v" } } });
    expect(response.status).toBe(400);
  });
});

describe("the tag field in engage and routing rules", () => {
  it("lets an auto message reach untagged contacts with != and skip tagged ones", async () => {
    const ws = await aWorkspace();
    const id = await anAutoMessage(ws, { rules: { field: "tag", operator: "!=", value: "churned" } });
    const [kept, churned] = [await aContact(ws), await aContact(ws)];
    await tag(ws, churned.id, "churned");
    await runAt(T);
    expect((await deliveries(ws, `auto_message_id=${id}`)).map((d) => d.contact_id)).toEqual([kept.id]);
  });

  it("ends a campaign for a contact whose tags meet its goal", async () => {
    const ws = await aWorkspace();
    const message = { title: "Trial tips", channel: "in_app", body: "Tips", from_admin_id: ws.ownerId, priority: 1 };
    const created = await call("/api/campaigns", {
      method: "POST",
      token: ws.token,
      json: { name: "Trials", target: { field: "tag", operator: "=", value: "trial" }, goal: { field: "tag", operator: "=", value: "paid" }, throttle_days: 1, state: "live", messages: [message] },
    });
    const campaign = await created.json<{ id: string }>();
    const [trying, paid, other] = [await aContact(ws), await aContact(ws), await aContact(ws)];
    await tag(ws, trying.id, "trial");
    await tag(ws, paid.id, "trial");
    await tag(ws, paid.id, "paid");
    await tag(ws, other.id, "paid");
    await runAt(T);
    expect((await deliveries(ws, `campaign_id=${campaign.id}`)).map((d) => d.contact_id)).toEqual([trying.id]);
  });

  it("routes a tagged contact's conversation by a routing rule on the tag", async () => {
    const ws = await aWorkspace();
    const cookie = await adminCookie(ws);
    const team = await (await call("/admin/api/teams", { method: "POST", json: { name: "VIP desk" }, headers: { cookie, origin: BASE } })).json<{ id: string }>();
    const rules = [{ name: "VIPs", conditions: { contact_rules: { field: "tag", operator: "=", value: "vip" } }, team_id: team.id }];
    expect((await call("/admin/api/routing-rules", { method: "PUT", json: rules, headers: { cookie, origin: BASE } })).status).toBe(200);
    const [vip, plain] = [await aContact(ws), await aContact(ws)];
    await tag(ws, vip.id, "vip");
    const teamOf = async (contactId: string) => {
      const message = await (await call("/api/conversations", { method: "POST", token: ws.token, json: { from: { type: "user", id: contactId }, body: "Hello" } })).json<{ conversation_id: string }>();
      const view = await (await call(`/api/conversations/${message.conversation_id}`, { token: ws.token })).json<{ team_assignee_id: string | null }>();
      return view.team_assignee_id;
    };
    expect(await teamOf(vip.id)).toBe(team.id);
    expect(await teamOf(plain.id)).toBeNull();
  });
});
