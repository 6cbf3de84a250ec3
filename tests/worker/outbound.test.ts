import { describe, expect, it } from "vitest";
import type { Rule } from "../../shared/rules/index.ts";
import { inboxConversationPage } from "../../shared/inbox.ts";
import { aContact, anAutoMessage, deliveries, runAt, T } from "./engageFixtures.ts";
import { aWorkspace, call, type TestWorkspace } from "./fixtures.ts";
import { adminCookie, boot, room, startConversation } from "./messenger.ts";

const PRO: Rule = { field: "custom_attributes.plan", operator: "=", value: "pro" };
const VIEWS = ["view=all", "view=unassigned", "view=mine", "q=tips"];

async function listed(cookie: string, query: string): Promise<{ id: string; awaiting_contact?: boolean }[]> {
  const parsed = inboxConversationPage.safeParse(await (await call(`/admin/api/inbox/conversations?${query}`, { headers: { cookie } })).json());
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data.conversations;
}

async function report(cookie: string): Promise<{ opened: number; firstResponse: number | null }> {
  const body = await (await call("/admin/api/reports?days=30", { headers: { cookie } })).json<{ days: { opened: number }[]; median_first_response_seconds: number | null }>();
  return { opened: body.days.reduce((sum, d) => sum + d.opened, 0), firstResponse: body.median_first_response_seconds };
}

/** An auto message delivered to one contact, and a conversation another contact started and had answered a minute later. */
async function anInboxWithOutbound(ws: TestWorkspace): Promise<{ outbound: string; contactId: string; started: string }> {
  await anAutoMessage(ws, { rules: PRO, body: "Pro tips inside" });
  const contact = await aContact(ws, { customAttributes: { plan: "pro" } });
  await runAt(T);
  const [delivery] = await deliveries(ws, "");
  const outbound = delivery?.conversation_id;
  if (!outbound) throw new Error("the auto message was not delivered");
  const started = await startConversation(ws, await boot(ws), "Where is my order?");
  const now = Math.floor(Date.now() / 1000);
  await room(ws, started.id).post({ clientId: null, partType: "comment", author: { type: "admin", id: String(ws.ownerId), name: null }, body: "On its way", createdAt: now + 60 });
  return { outbound, contactId: contact.id, started: started.id };
}

describe("an outbound message in the admin inbox", () => {
  it("stays out of every team view until the contact replies, then joins them", async () => {
    const ws = await aWorkspace();
    const cookie = await adminCookie(ws);
    const { outbound, contactId, started } = await anInboxWithOutbound(ws);
    for (const view of VIEWS) expect((await listed(cookie, view)).map((c) => c.id), view).not.toContain(outbound);
    expect((await listed(cookie, "view=all")).map((c) => c.id)).toEqual([started]);
    expect(await listed(cookie, `contact_id=${contactId}`)).toMatchObject([{ id: outbound, awaiting_contact: true }]);
    const api: { conversations: { id: string }[] } = await (await call("/api/conversations", { token: ws.token })).json();
    expect(api.conversations.map((c) => c.id)).toContain(outbound);

    await room(ws, outbound).post({ clientId: null, partType: "comment", author: { type: "user", id: contactId, name: null }, body: "Tell me more", createdAt: T + 120 });
    expect(await listed(cookie, "view=all")).toMatchObject([{ id: outbound, awaiting_contact: false }, { id: started, awaiting_contact: false }]);
  });
});

describe("reports with outbound messages", () => {
  it("count a delivery only once the contact replies, and never as a response time", async () => {
    const ws = await aWorkspace();
    const cookie = await adminCookie(ws);
    const { outbound, contactId } = await anInboxWithOutbound(ws);
    const before = await report(cookie);
    expect(before.opened).toBe(1);
    expect(before.firstResponse).toBeGreaterThanOrEqual(55);

    await room(ws, outbound).post({ clientId: null, partType: "comment", author: { type: "user", id: contactId, name: null }, body: "Tell me more", createdAt: T + 120 });
    await room(ws, outbound).post({ clientId: null, partType: "comment", author: { type: "admin", id: String(ws.ownerId), name: null }, body: "Sure", createdAt: T + 180 });
    const after = await report(cookie);
    expect(after.opened).toBe(2);
    expect(after.firstResponse).toBeGreaterThanOrEqual(55);
  });
});
