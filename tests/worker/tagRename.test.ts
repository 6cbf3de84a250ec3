import { describe, expect, it } from "vitest";
import { aContact, anAutoMessage, deliveries, runAt, T } from "./engageFixtures.ts";
import { aWorkspace, BASE, call, db, errorCode, type TestWorkspace } from "./fixtures.ts";
import { adminCookie } from "./messenger.ts";
import { manualMessages } from "../../worker/db/schema.ts";

// Rules name tags by name (CONTRACT §7), so renaming a tag renames it in every stored rule: each
// rule keeps matching the contacts carrying that tag, whatever it is called now.

const VIP = { field: "tag", operator: "=", value: "vip" } as const;
const RENAMED = { field: "tag", operator: "=", value: "VIP customers" } as const;

async function aTag(ws: TestWorkspace, name: string): Promise<string> {
  const response = await call("/api/tags", { method: "POST", token: ws.token, json: { name } });
  expect(response.status).toBe(200);
  return (await response.json<{ id: string }>()).id;
}

async function tagContact(ws: TestWorkspace, contactId: string, tagId: string): Promise<void> {
  expect((await call(`/api/contacts/${contactId}/tags`, { method: "POST", token: ws.token, json: { id: tagId } })).status).toBe(200);
}

async function rename(ws: TestWorkspace, tagId: string, name: string): Promise<Response> {
  return call("/api/tags", { method: "POST", token: ws.token, json: { id: tagId, name } });
}

async function json<T>(ws: TestWorkspace, path: string): Promise<T> {
  const response = await call(path, { token: ws.token });
  expect(response.status, path).toBe(200);
  return response.json<T>();
}

describe("renaming a tag through POST /api/tags", () => {
  it("keeps an auto message on the old name reaching the contacts with the tag", async () => {
    const ws = await aWorkspace();
    const tagId = await aTag(ws, "vip");
    const [vip] = [await aContact(ws), await aContact(ws)];
    await tagContact(ws, vip.id, tagId);
    const id = await anAutoMessage(ws, { rules: VIP });
    expect((await rename(ws, tagId, "VIP customers")).status).toBe(200);
    expect((await json<{ rules: unknown }>(ws, `/api/auto_messages/${id}`)).rules).toEqual(RENAMED);
    await runAt(T);
    expect((await deliveries(ws, `auto_message_id=${id}`)).map((d) => d.contact_id)).toEqual([vip.id]);
  });

  it("keeps a segment on the old name holding the contacts with the tag", async () => {
    const ws = await aWorkspace();
    const tagId = await aTag(ws, "vip");
    const [vip, plain] = [await aContact(ws), await aContact(ws)];
    await tagContact(ws, vip.id, tagId);
    const segment = { operator: "AND", value: [VIP, { field: "role", operator: "=", value: "user" }] };
    expect((await call("/api/segments", { method: "POST", token: ws.token, json: { name: "VIPs", rules: segment } })).status).toBe(200);
    expect((await rename(ws, tagId, "VIP customers")).status).toBe(200);
    const names = async (contactId: string) => (await json<{ data: { name: string }[] }>(ws, `/api/contacts/${contactId}/segments`)).data.map((s) => s.name);
    expect(await names(vip.id)).toEqual(["VIPs"]);
    expect(await names(plain.id)).toEqual([]);
  });

  it("rewrites a campaign's target, goal, exit rules and message rules, and a manual message's audience", async () => {
    const ws = await aWorkspace();
    const tagId = await aTag(ws, "vip");
    const message = { title: "Hi", channel: "in_app", body: "Hi", from_admin_id: ws.ownerId, priority: 1, rules: { field: "tag", operator: "!=", value: "vip" } };
    const created = await call("/api/campaigns", {
      method: "POST",
      token: ws.token,
      json: { name: "VIPs", target: VIP, goal: { operator: "OR", value: [VIP, { field: "tag", operator: "=", value: "paid" }] }, exit_rules: VIP, throttle_days: 1, state: "draft", messages: [message] },
    });
    expect(created.status, await created.clone().text()).toBe(200);
    const manual = await call("/api/manual_messages", { method: "POST", token: ws.token, json: { channel: "in_app", body: "Hello", from_admin_id: ws.ownerId, audience: { rules: VIP } } });
    expect(manual.status, await manual.clone().text()).toBe(200);
    expect((await rename(ws, tagId, "VIP customers")).status).toBe(200);
    const campaign = await json<{ target: unknown; goal: unknown; exit_rules: unknown; messages: { rules: unknown }[] }>(ws, `/api/campaigns/${(await created.json<{ id: string }>()).id}`);
    expect(campaign).toMatchObject({
      target: RENAMED,
      goal: { operator: "OR", value: [RENAMED, { field: "tag", operator: "=", value: "paid" }] },
      exit_rules: RENAMED,
      messages: [{ rules: { field: "tag", operator: "!=", value: "VIP customers" } }],
    });
    expect((await db().select({ audience: manualMessages.audience }).from(manualMessages).all()).map((m) => m.audience)).toContainEqual({ rules: RENAMED });
  });

  it("changes no rule when the new name is taken, nor rules of another workspace", async () => {
    const [ws, other] = [await aWorkspace(), await aWorkspace()];
    const tagId = await aTag(ws, "vip");
    await aTag(ws, "gold");
    const mine = await anAutoMessage(ws, { rules: VIP });
    const theirs = await anAutoMessage(other, { rules: VIP });
    expect(await errorCode(await rename(ws, tagId, "gold"))).toBe("conflict");
    expect((await json<{ rules: unknown }>(ws, `/api/auto_messages/${mine}`)).rules).toEqual(VIP);
    expect((await rename(ws, tagId, "VIP customers")).status).toBe(200);
    expect((await json<{ rules: unknown }>(ws, `/api/auto_messages/${mine}`)).rules).toEqual(RENAMED);
    expect((await json<{ rules: unknown }>(other, `/api/auto_messages/${theirs}`)).rules).toEqual(VIP);
  });
});

describe("renaming a tag in the admin app (PATCH /admin/api/tags/:id)", () => {
  it("keeps a routing rule on the old name routing the tagged contact's conversations", async () => {
    const ws = await aWorkspace();
    const cookie = await adminCookie(ws);
    const admin = { cookie, origin: BASE };
    const team = await (await call("/admin/api/teams", { method: "POST", json: { name: "VIP desk" }, headers: admin })).json<{ id: string }>();
    const rules = [{ name: "VIPs", conditions: { words: ["help"], contact_rules: VIP }, team_id: team.id }];
    expect((await call("/admin/api/routing-rules", { method: "PUT", json: rules, headers: admin })).status).toBe(200);
    const tagId = await aTag(ws, "vip");
    const [vip, plain] = [await aContact(ws), await aContact(ws)];
    await tagContact(ws, vip.id, tagId);
    expect((await call(`/admin/api/tags/${tagId}`, { method: "PATCH", json: { name: "VIP customers" }, headers: admin })).status).toBe(200);
    const teamOf = async (contactId: string) => {
      const message = await (await call("/api/conversations", { method: "POST", token: ws.token, json: { from: { type: "user", id: contactId }, body: "Help please" } })).json<{ conversation_id: string }>();
      return (await json<{ team_assignee_id: string | null }>(ws, `/api/conversations/${message.conversation_id}`)).team_assignee_id;
    };
    expect(await teamOf(vip.id)).toBe(team.id);
    expect(await teamOf(plain.id)).toBeNull();
    const listed = await (await call("/admin/api/routing-rules", { headers: admin })).json<unknown>();
    expect(JSON.stringify(listed)).toContain('"words":["help"]');
  });
});
