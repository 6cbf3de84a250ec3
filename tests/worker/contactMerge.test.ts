import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { aContact } from "./engageFixtures.ts";
import { aWorkspace, call, errorCode, type TestWorkspace } from "./fixtures.ts";
import { boot, room, startConversation } from "./messenger.ts";

const api = (ws: TestWorkspace, path: string, init: { method?: string; json?: unknown } = {}) => call(`/api${path}`, { ...init, token: ws.token });
const merge = (ws: TestWorkspace, from: string, into: string) => api(ws, "/contacts/merge", { method: "POST", json: { from, into } });

async function names(response: Response, key = "data"): Promise<string[]> {
  const body: Record<string, { name?: string; body?: string }[]> = await response.json();
  return (body[key] ?? []).map((item) => item.name ?? item.body ?? "");
}

describe("POST /contacts/merge", () => {
  it("gives the user the lead's conversations, events, tags, notes and companies, and deletes the lead", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const leadId = visitor.visitorId;
    const conversation = await startConversation(ws, visitor, "Before signing up");
    const user = await aContact(ws, { name: "Known User" });
    expect((await api(ws, "/events", { method: "POST", json: { event_name: "viewed-pricing", id: leadId } })).status).toBe(202);
    const tag = await (await api(ws, "/tags", { method: "POST", json: { name: "from-ad" } })).json<{ id: string }>();
    await api(ws, `/contacts/${leadId}/tags`, { method: "POST", json: { id: tag.id } });
    await api(ws, `/contacts/${leadId}/notes`, { method: "POST", json: { body: "Asked about pricing" } });
    const company = await (await api(ws, "/companies", { method: "POST", json: { company_id: "acme", name: "Acme" } })).json<{ id: string }>();
    await api(ws, `/contacts/${leadId}/companies`, { method: "POST", json: { id: company.id } });

    const response = await merge(ws, leadId, user.id);
    expect(response.status, await response.clone().text()).toBe(200);
    expect(await response.json()).toMatchObject({ type: "contact", id: user.id, role: "user", name: "Known User", tags: { data: [{ id: tag.id }] } });

    expect((await api(ws, `/contacts/${leadId}`)).status).toBe(404);
    const moved = await (await api(ws, `/conversations/${conversation.id}`)).json<{ contacts: { contacts: { id: string }[] } }>();
    expect(moved.contacts.contacts.map((c) => c.id)).toEqual([user.id]);
    expect((await room(ws, conversation.id).snapshot("admin"))?.meta.contactId).toBe(user.id);
    expect(await names(await api(ws, `/contacts/${user.id}/notes`))).toEqual(["Asked about pricing"]);
    expect(await names(await api(ws, `/contacts/${user.id}/companies`))).toEqual(["Acme"]);
    const events = await env.DB.prepare("SELECT contact_id FROM contact_events WHERE workspace_id = ?").bind(ws.workspaceId).all<{ contact_id: string }>();
    expect(events.results.map((e) => e.contact_id)).toEqual([user.id]);
    const search = await api(ws, "/contacts/search", { method: "POST", json: { query: { field: "tag", operator: "=", value: "from-ad" } } });
    expect((await search.json<{ data: { id: string }[] }>()).data.map((c) => c.id)).toEqual([user.id]);
  });

  it("refuses a user merged into a lead, a user into a user and a contact into itself with 400", async () => {
    const ws = await aWorkspace();
    const lead = await aContact(ws, { role: "lead", email: null, externalId: null });
    const user = await aContact(ws);
    const otherUser = await aContact(ws);
    expect(await errorCode(await merge(ws, user.id, lead.id))).toBe("parameter_invalid");
    expect(await errorCode(await merge(ws, otherUser.id, user.id))).toBe("parameter_invalid");
    expect(await errorCode(await merge(ws, lead.id, lead.id))).toBe("parameter_invalid");
    expect(await errorCode(await merge(ws, user.id, user.id))).toBe("parameter_invalid");
    expect((await api(ws, `/contacts/${lead.id}`)).status).toBe(200);
  });

  it("answers 404 for an unknown contact or one of another workspace", async () => {
    const ws = await aWorkspace();
    const other = await aWorkspace();
    const lead = await aContact(ws, { role: "lead" });
    const stranger = await aContact(other);
    expect((await merge(ws, lead.id, "0".repeat(24))).status).toBe(404);
    expect((await merge(ws, lead.id, stranger.id)).status).toBe(404);
    expect(await errorCode(await api(ws, "/contacts/merge", { method: "POST", json: { from: lead.id } }))).toBe("parameter_not_found");
  });
});
