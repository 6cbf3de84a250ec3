import { describe, expect, it } from "vitest";
import type { Rule } from "../../shared/rules/index.ts";
import { call, aWorkspace } from "./fixtures.ts";
import { aContact, anAutoMessage, deliveries, runAt, T } from "./engageFixtures.ts";

const PRO: Rule = { field: "custom_attributes.plan", operator: "=", value: "pro" };

describe("ids are never reused", () => {
  it("gives an auto message created after a deleted one a new id, and the old deliveries do not count for it", async () => {
    const ws = await aWorkspace();
    const contact = await aContact(ws, { customAttributes: { plan: "pro" } });
    const first = await anAutoMessage(ws, { rules: PRO, title: "First" });
    await runAt(T);
    expect(await deliveries(ws, `auto_message_id=${first}`)).toHaveLength(1);
    expect((await call(`/api/auto_messages/${first}`, { method: "DELETE", token: ws.token })).status).toBe(200);
    const second = await anAutoMessage(ws, { rules: PRO, title: "Second" });
    expect(second).not.toBe(first);
    await runAt(T + 60);
    const sent = await deliveries(ws, `auto_message_id=${second}`);
    expect(sent.map((d) => d.contact_id)).toEqual([contact.id]);
  });

  it("gives a campaign created after a deleted one a new id", async () => {
    const ws = await aWorkspace();
    const campaign = { name: "C", target: PRO, goal: { field: "web_sessions", operator: ">", value: 100 }, throttle_days: 1, state: "paused", messages: [{ title: "M", channel: "in_app", body: "Hi", from_admin_id: ws.ownerId, priority: 1 }] };
    const created: { id: string } = await (await call("/api/campaigns", { method: "POST", token: ws.token, json: campaign })).json();
    expect((await call(`/api/campaigns/${created.id}`, { method: "DELETE", token: ws.token })).status).toBe(200);
    const again: { id: string } = await (await call("/api/campaigns", { method: "POST", token: ws.token, json: campaign })).json();
    expect(again.id).not.toBe(created.id);
  });
});
