import { IntercomClient } from "intercom-client";
import { describe, expect, inject, it } from "vitest";

// Intercom's official SDK against the running server: it must parse every response.
function client(): IntercomClient {
  return new IntercomClient({ token: inject("demo").apiToken, baseUrl: `${inject("baseUrl")}/api` });
}

describe("intercom-client v7 against Parley", () => {
  it("identifies the token's admin with its app", async () => {
    const me = await client().admins.identify();
    expect(me).toMatchObject({ type: "admin", email: inject("demo").email, app: { id_code: "demo" } });
  });

  it("lists admins and teams", async () => {
    const admins = await client().admins.list();
    expect(admins.admins?.map((a) => a?.email)).toContain(inject("demo").email);
    const teams = await client().teams.list();
    expect(teams.teams?.map((t) => t.name).sort()).toEqual(["Sales", "Support"]);
  });

  it("creates, finds, updates, searches and deletes a contact", async () => {
    const sdk = client();
    const externalId = `sdk-${Date.now()}`;
    const created = await sdk.contacts.create({ external_id: externalId, email: `${externalId}@example.com`, name: "Sdk Person", custom_attributes: { plan: "pro" } });
    const id = created.id ?? "";
    expect(id).toMatch(/^[0-9a-f]{24}$/);

    const found = await sdk.contacts.find({ contact_id: id });
    expect(found).toMatchObject({ id, external_id: externalId, custom_attributes: { plan: "pro" } });
    const byExternal = await sdk.contacts.showContactByExternalId({ external_id: externalId });
    expect(byExternal).toMatchObject({ id });

    const updated = await sdk.contacts.update({ contact_id: id, name: "Renamed Person" });
    expect(updated).toMatchObject({ name: "Renamed Person" });

    const page = await sdk.contacts.search({
      query: { operator: "AND", value: [{ field: "external_id", operator: "=", value: externalId }, { field: "created_at", operator: ">", value: "1306054154" }] },
      pagination: { per_page: 5 },
    });
    expect(page.data.map((c) => c.id)).toEqual([id]);

    await sdk.events.create({ event_name: "sdk-tested", created_at: Math.floor(Date.now() / 1000), user_id: externalId });
    const withEvent = await sdk.contacts.search({ query: { field: "event.sdk-tested.count", operator: "=", value: "1" } });
    expect(withEvent.data.map((c) => c.id)).toEqual([id]);

    const deleted = await sdk.contacts.delete({ contact_id: id });
    expect(deleted).toMatchObject({ id, deleted: true });
  });

  it("walks every page of contacts with the SDK's paginator", async () => {
    const sdk = client();
    const tag = `pg-${Date.now()}`;
    for (let i = 0; i < 3; i++) await sdk.contacts.create({ external_id: `${tag}-${i}`, role: "lead" });
    const pager = await sdk.contacts.search({ query: { field: "external_id", operator: "^", value: tag }, pagination: { per_page: 2 } });
    const ids: string[] = [];
    for await (const contact of pager) ids.push(contact.id ?? "");
    expect(ids).toHaveLength(3);
  });

  it("surfaces a wrong token as the SDK's UnauthorizedError", async () => {
    const bad = new IntercomClient({ token: "parley_wrong", baseUrl: `${inject("baseUrl")}/api` });
    await expect(bad.admins.identify()).rejects.toMatchObject({ statusCode: 401 });
  });
});

describe("intercom-client v7 conversations against Parley", () => {
  it("creates a conversation from a contact, replies as admin and user, finds it with parts and manages it", async () => {
    const sdk = client();
    const me = await sdk.admins.identify();
    const adminId = String(me?.id ?? "");
    const teams = await sdk.teams.list();
    const support = teams.teams?.find((t) => t.name === "Support");
    const contact = await sdk.contacts.create({ external_id: `conv-${Date.now()}`, email: `conv-${Date.now()}@example.com` });
    const contactId = contact.id ?? "";

    const message = await sdk.conversations.create({ from: { type: "user", id: contactId }, body: "How do I export my data?" });
    const conversationId = String(message.conversation_id);
    expect(message).toMatchObject({ type: "user_message" });

    await sdk.conversations.reply({ conversation_id: conversationId, body: { message_type: "comment", type: "admin", admin_id: adminId, body: "From Settings → Export." } });
    await sdk.conversations.reply({ conversation_id: conversationId, body: { message_type: "comment", type: "user", intercom_user_id: contactId, body: "Found it, thanks!" } });

    const found = await sdk.conversations.find({ conversation_id: conversationId });
    expect(found.source?.body).toContain("How do I export my data?");
    expect(found.conversation_parts?.conversation_parts?.map((p) => p.body)).toEqual(["<p>From Settings → Export.</p>", "<p>Found it, thanks!</p>"]);

    const assigned = await sdk.conversations.manage({ conversation_id: conversationId, body: { message_type: "assignment", type: "team", admin_id: adminId, assignee_id: String(support?.id) } });
    expect(assigned.team_assignee_id).toBe(String(support?.id));
    const closed = await sdk.conversations.manage({ conversation_id: conversationId, body: { message_type: "close", type: "admin", admin_id: adminId } });
    expect(closed.state).toBe("closed");
    const reopened = await sdk.conversations.manage({ conversation_id: conversationId, body: { message_type: "open", admin_id: adminId } });
    expect(reopened.state).toBe("open");

    const page = await sdk.conversations.search({ query: { field: "source.body", operator: "~", value: "export my data" } });
    expect(page.data.map((c) => c.id)).toContain(conversationId);
  });
});
