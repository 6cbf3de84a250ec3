import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { openDb } from "../../worker/db/client.ts";
import { runCampaigns } from "../../worker/engage/campaignRun.ts";
import type { Ctx } from "../../worker/http/context.ts";
import { aWorkspace, call } from "./fixtures.ts";
import { aContact, deliveries, T } from "./engageFixtures.ts";

const ctxAt = (now: number): Ctx => ({ env, db: openDb(env.DB), requestId: "cursor-test", now, defer: () => {} });

describe("runCampaigns over runs that run out of time", () => {
  it("continues where the last run stopped, so the last contacts of a large campaign are reached", async () => {
    const ws = await aWorkspace();
    const marker = `cursor-${Date.now()}`;
    const people = [];
    for (let i = 0; i < 5; i++) people.push(await aContact(ws, { customAttributes: { cohort: marker } }));
    const created = await call("/api/campaigns", {
      method: "POST",
      token: ws.token,
      json: {
        name: "Big audience",
        target: { field: "custom_attributes.cohort", operator: "=", value: marker },
        goal: { field: "web_sessions", operator: ">", value: 1000 },
        throttle_days: 1,
        state: "live",
        messages: [{ title: "Hello", channel: "in_app", body: "Hello there", from_admin_id: ws.ownerId, priority: 1 }],
      },
    });
    const campaign = await created.json<{ id: string }>();
    // No time at all: every run gets its one guaranteed page of two contacts and stops.
    const budget = { pageSize: 2, maxDeliveries: 100, maxMillis: 0 };
    for (let run = 0; run < 3; run++) await runCampaigns(ctxAt(T + run * 60), { budget });
    const reached = new Set((await deliveries(ws, `campaign_id=${campaign.id}`)).map((d) => d.contact_id));
    expect([...reached].sort()).toEqual(people.map((p) => p.id).sort());
  });
});
