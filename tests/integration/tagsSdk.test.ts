import { IntercomClient } from "intercom-client";
import { describe, expect, inject, it } from "vitest";

// Intercom's official SDK (v7) on Parley's tag endpoints (CONTRACT §7): it must parse every answer.
function client(): IntercomClient {
  return new IntercomClient({ token: inject("demo").apiToken, baseUrl: `${inject("baseUrl")}/api` });
}

describe("intercom-client v7 tags against Parley", () => {
  it("creates, lists, finds and deletes tags", async () => {
    const sdk = client();
    const name = `sdk-tag-${Date.now()}`;
    const created = await sdk.tags.create({ name });
    expect(created).toMatchObject({ type: "tag", name });
    expect(await sdk.tags.create({ name })).toMatchObject({ id: created.id });

    const list = await sdk.tags.list();
    expect(list.data?.map((t) => t.name)).toContain(name);
    expect(await sdk.tags.find({ tag_id: created.id })).toMatchObject({ id: created.id, name });

    await sdk.tags.delete({ tag_id: created.id });
    expect((await sdk.tags.list()).data?.map((t) => t.id)).not.toContain(created.id);
  });

  it("tags and untags a contact and a conversation, and reads the tags back from both", async () => {
    const sdk = client();
    const stamp = Date.now();
    const adminId = String((await sdk.admins.identify())?.id ?? "");
    const tag = await sdk.tags.create({ name: `sdk-vip-${stamp}` });
    const contact = await sdk.contacts.create({ external_id: `tags-${stamp}`, email: `tags-${stamp}@example.com` });
    const contactId = contact.id ?? "";

    expect(await sdk.tags.tagContact({ contact_id: contactId, id: tag.id })).toMatchObject({ id: tag.id, name: tag.name });
    const found = await sdk.contacts.find({ contact_id: contactId });
    expect(found.tags?.data?.map((t) => t.id)).toEqual([tag.id]);
    const matching = await sdk.contacts.search({ query: { field: "tag", operator: "=", value: tag.name } });
    expect(matching.data.map((c) => c.id)).toEqual([contactId]);
    expect(await sdk.tags.untagContact({ contact_id: contactId, tag_id: tag.id })).toMatchObject({ id: tag.id });

    const message = await sdk.conversations.create({ from: { type: "user", id: contactId }, body: "Tag me" });
    const conversationId = String(message.conversation_id);
    expect(await sdk.tags.tagConversation({ conversation_id: conversationId, id: tag.id, admin_id: adminId })).toMatchObject({ id: tag.id });
    const conversation = await sdk.conversations.find({ conversation_id: conversationId });
    expect(conversation.tags).toMatchObject({ type: "tag.list", tags: [{ type: "tag", id: tag.id, name: tag.name }] });
    expect(await sdk.tags.untagConversation({ conversation_id: conversationId, tag_id: tag.id, admin_id: adminId })).toMatchObject({ id: tag.id });
    expect((await sdk.conversations.find({ conversation_id: conversationId })).tags?.tags).toEqual([]);

    await sdk.tags.delete({ tag_id: tag.id });
    await sdk.contacts.delete({ contact_id: contactId });
  });
});
