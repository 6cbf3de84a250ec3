import { describe, expect, it } from "vitest";
import { updateContact } from "../../worker/db/contacts.ts";
import { call, db, aWorkspace, type TestWorkspace } from "./fixtures.ts";
import { aContact, DAY, deliveries, runAt, T } from "./engageFixtures.ts";

const message = (ws: TestWorkspace, title: string, priority: number, extra: Record<string, unknown> = {}) => ({
  title,
  channel: "in_app",
  body: `${title} body`,
  from_admin_id: ws.ownerId,
  priority,
  ...extra,
});

/** The brief's example: "Onboarding new users", goal web sessions > 20, target signed up < 30 days ago. */
async function onboarding(ws: TestWorkspace, extra: Record<string, unknown> = {}): Promise<{ id: string; messages: { index: number }[] }> {
  const response = await call("/api/campaigns", {
    method: "POST",
    token: ws.token,
    json: {
      name: "Onboarding new users",
      target: { field: "signed_up_at", operator: ">", value: { days_ago: 30 } },
      goal: { field: "web_sessions", operator: ">", value: 20 },
      throttle_days: 2,
      state: "live",
      messages: [message(ws, "Tips", 2), message(ws, "Welcome", 1), message(ws, "Invite your team", 3)],
      ...extra,
    },
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return response.json();
}

async function stats(ws: TestWorkspace, id: string) {
  const response = await call(`/api/campaigns/${id}/stats`, { token: ws.token });
  expect(response.status).toBe(200);
  return response.json<{ enrolled: number; active: number; goal_reached: number; completed: number; exited: number; messages: { index: number; sent: number }[] }>();
}

const sentIndices = async (ws: TestWorkspace, id: string, contactId: string) =>
  (await deliveries(ws, `campaign_id=${id}&contact_id=${contactId}`)).map((d) => [d.campaign_message_index, d.sent_at]);

describe("the brief's onboarding campaign over scheduled runs", () => {
  it("sends by priority, holds the throttle, stops at the goal and completes after every message", async () => {
    const ws = await aWorkspace();
    const campaign = await onboarding(ws);
    const newcomer = await aContact(ws, { signedUpAt: T - DAY, webSessions: 3 });
    const keen = await aContact(ws, { signedUpAt: T - DAY, webSessions: 3 });
    const veteran = await aContact(ws, { signedUpAt: T - 40 * DAY, webSessions: 3 });

    await runAt(T);
    expect(await sentIndices(ws, campaign.id, newcomer.id)).toEqual([[1, T]]);
    await runAt(T + DAY);
    expect(await sentIndices(ws, campaign.id, newcomer.id)).toEqual([[1, T]]);
    await updateContact(db(), ws.workspaceId, keen.id, { webSessions: 21 });
    await runAt(T + 2 * DAY);
    expect(await sentIndices(ws, campaign.id, newcomer.id)).toEqual([[1, T], [0, T + 2 * DAY]]);
    expect(await sentIndices(ws, campaign.id, keen.id)).toEqual([[1, T]]);
    await runAt(T + 3 * DAY);
    await runAt(T + 4 * DAY);
    await runAt(T + 6 * DAY);
    await runAt(T + 8 * DAY);
    expect(await sentIndices(ws, campaign.id, newcomer.id)).toEqual([[1, T], [0, T + 2 * DAY], [2, T + 4 * DAY]]);
    expect(await deliveries(ws, `campaign_id=${campaign.id}&contact_id=${veteran.id}`)).toEqual([]);

    const numbers = await stats(ws, campaign.id);
    expect(numbers).toMatchObject({ enrolled: 2, active: 0, goal_reached: 1, completed: 1, exited: 0 });
    expect(numbers.messages).toEqual([
      { index: 0, sent: 1 },
      { index: 1, sent: 2 },
      { index: 2, sent: 1 },
    ]);
    expect(numbers.messages.reduce((sum, m) => sum + m.sent, 0)).toBe((await deliveries(ws, `campaign_id=${campaign.id}`)).length);
  });

  it("exits people who match the exit rules and sends them nothing more", async () => {
    const ws = await aWorkspace();
    const campaign = await onboarding(ws, { exit_rules: { field: "custom_attributes.churned", operator: "=", value: true } });
    const person = await aContact(ws, { signedUpAt: T - DAY });
    await runAt(T);
    await updateContact(db(), ws.workspaceId, person.id, { customAttributes: { churned: true } });
    await runAt(T + 3 * DAY);
    expect(await sentIndices(ws, campaign.id, person.id)).toEqual([[1, T]]);
    expect(await stats(ws, campaign.id)).toMatchObject({ enrolled: 1, exited: 1, active: 0 });
  });
});

describe("editing a live campaign", () => {
  it("stops every send while paused", async () => {
    const ws = await aWorkspace();
    const campaign = await onboarding(ws);
    const person = await aContact(ws, { signedUpAt: T - DAY });
    await runAt(T);
    await call(`/api/campaigns/${campaign.id}`, { method: "PUT", token: ws.token, json: { state: "paused" } });
    await runAt(T + 3 * DAY);
    expect(await sentIndices(ws, campaign.id, person.id)).toEqual([[1, T]]);
  });

  it("reaches enrolled people with an added message, and never resends after a removal", async () => {
    const ws = await aWorkspace();
    const campaign = await onboarding(ws, { throttle_days: 0 });
    const person = await aContact(ws, { signedUpAt: T - DAY });
    await runAt(T);
    await runAt(T + DAY);
    expect(await sentIndices(ws, campaign.id, person.id)).toEqual([[1, T], [0, T + DAY]]);

    // Remove "Tips" (index 0, already sent) and add "Case studies" at the top priority.
    const edited = await call(`/api/campaigns/${campaign.id}`, {
      method: "PUT",
      token: ws.token,
      json: { messages: [{ index: 1, ...message(ws, "Welcome", 1) }, { index: 2, ...message(ws, "Invite your team", 3) }, message(ws, "Case studies", 1)] },
    });
    expect(edited.status, await edited.clone().text()).toBe(200);
    expect(await edited.json()).toMatchObject({ state: "live", messages: [{ index: 0, title: "Welcome" }, { index: 1 }, { index: 2, title: "Case studies" }] });
    expect(await sentIndices(ws, campaign.id, person.id)).toEqual([[0, T], [null, T + DAY]]);
    await runAt(T + 2 * DAY);
    await runAt(T + 3 * DAY);
    await runAt(T + 4 * DAY);
    expect(await sentIndices(ws, campaign.id, person.id)).toEqual([[0, T], [null, T + DAY], [2, T + 2 * DAY], [1, T + 3 * DAY]]);
    expect(await stats(ws, campaign.id)).toMatchObject({ completed: 1 });
  });
});

describe("campaign runs", () => {
  it("send each message exactly once when runs overlap", async () => {
    const ws = await aWorkspace();
    const campaign = await onboarding(ws, { throttle_days: 0 });
    const people = await Promise.all([1, 2, 3].map(() => aContact(ws, { signedUpAt: T - DAY })));
    await Promise.all([runAt(T), runAt(T), runAt(T)]);
    const sent = await deliveries(ws, `campaign_id=${campaign.id}`);
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((d) => d.contact_id))).toEqual(new Set(people.map((p) => p.id)));
  });
});

describe("POST /api/campaigns", () => {
  it("refuses an invalid goal, naming it", async () => {
    const ws = await aWorkspace();
    const response = await call("/api/campaigns", {
      method: "POST",
      token: ws.token,
      json: { name: "x", target: { field: "web_sessions", operator: ">", value: 1 }, goal: { field: "nope", operator: "=", value: 1 }, throttle_days: 1, messages: [] },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("goal");
  });
});
