import { describe, expect, it } from "vitest";
import { aWorkspace, call, errorCode, type TestWorkspace } from "./fixtures.ts";
import { boot, hashFor } from "./messenger.ts";

// CONTRACT §7: Intercom's tag endpoints and the tags contacts and conversations carry.

type TagObject = { type: string; id: string; name: string };

async function json<T>(pending: Response | Promise<Response>, status = 200): Promise<T> {
  const response = await pending;
  expect(response.status, await response.clone().text()).toBe(status);
  return response.json();
}

function createTag(ws: TestWorkspace, name: string): Promise<TagObject> {
  return json(call("/api/tags", { method: "POST", token: ws.token, json: { name } }));
}

async function aContact(ws: TestWorkspace): Promise<string> {
  const contact = await json<{ id: string }>(await call("/api/contacts", { method: "POST", token: ws.token, json: { email: `p${crypto.randomUUID()}@example.com` } }));
  return contact.id;
}

async function aConversation(ws: TestWorkspace, contactId: string): Promise<string> {
  const message = await json<{ conversation_id: string }>(
    await call("/api/conversations", { method: "POST", token: ws.token, json: { from: { type: "user", id: contactId }, body: "Hi" } }),
  );
  return message.conversation_id;
}

describe("POST /api/tags", () => {
  it("creates a tag, and returns the existing one for a name already taken", async () => {
    const ws = await aWorkspace();
    const vip = await createTag(ws, "  VIP ");
    expect(vip).toEqual({ type: "tag", id: expect.stringMatching(/^[0-9]+$/), name: "VIP" });
    expect(await createTag(ws, "VIP")).toEqual(vip);
    expect((await createTag(ws, "vip")).id).not.toBe(vip.id);
  });

  it("renames a tag when given its id, and refuses a name another tag has", async () => {
    const ws = await aWorkspace();
    const a = await createTag(ws, "a");
    await createTag(ws, "b");
    expect(await json(await call("/api/tags", { method: "POST", token: ws.token, json: { id: a.id, name: "a2" } }))).toEqual({ ...a, name: "a2" });
    expect(await errorCode(await call("/api/tags", { method: "POST", token: ws.token, json: { id: a.id, name: "b" } }))).toBe("conflict");
  });

  it("refuses an empty name and a missing one", async () => {
    const ws = await aWorkspace();
    expect(await errorCode(await call("/api/tags", { method: "POST", token: ws.token, json: { name: " " } }))).toBe("parameter_invalid");
    expect(await errorCode(await call("/api/tags", { method: "POST", token: ws.token, json: {} }))).toBe("parameter_not_found");
  });
});

describe("GET /api/tags", () => {
  it("lists the workspace's tags by name and no other workspace's", async () => {
    const [ws, other] = [await aWorkspace(), await aWorkspace()];
    const b = await createTag(ws, "beta");
    const a = await createTag(ws, "alpha");
    await createTag(other, "gamma");
    expect(await json(await call("/api/tags", { token: ws.token }))).toEqual({ type: "list", data: [a, b] });
    expect(await json(await call(`/api/tags/${a.id}`, { token: ws.token }))).toEqual(a);
    expect((await call(`/api/tags/${a.id}`, { token: other.token })).status).toBe(404);
  });
});

describe("DELETE /api/tags/{id}", () => {
  it("deletes the tag from everything carrying it and never reuses its id", async () => {
    const ws = await aWorkspace();
    const contactId = await aContact(ws);
    const old = await createTag(ws, "old");
    await json(await call(`/api/contacts/${contactId}/tags`, { method: "POST", token: ws.token, json: { id: old.id } }));
    expect((await call(`/api/tags/${old.id}`, { method: "DELETE", token: ws.token })).status).toBe(200);
    expect((await call(`/api/tags/${old.id}`, { method: "DELETE", token: ws.token })).status).toBe(404);
    const contact = await json<{ tags: { data: unknown[] } }>(await call(`/api/contacts/${contactId}`, { token: ws.token }));
    expect(contact.tags.data).toEqual([]);
    expect(Number((await createTag(ws, "old")).id)).toBeGreaterThan(Number(old.id));
  });
});

describe("POST and DELETE /api/contacts/{id}/tags", () => {
  it("tags and untags a contact, answering the tag, and shows the tags on the contact", async () => {
    const ws = await aWorkspace();
    const contactId = await aContact(ws);
    const vip = await createTag(ws, "vip");
    expect(await json(await call(`/api/contacts/${contactId}/tags`, { method: "POST", token: ws.token, json: { id: vip.id } }))).toEqual(vip);
    expect(await json(await call(`/api/contacts/${contactId}/tags`, { method: "POST", token: ws.token, json: { id: Number(vip.id) } }))).toEqual(vip);
    const contact = await json<{ tags: unknown }>(await call(`/api/contacts/${contactId}`, { token: ws.token }));
    expect(contact.tags).toEqual({ type: "list", data: [vip], url: `/contacts/${contactId}/tags`, total_count: 1, has_more: false });
    const listed = await json<{ data: { id: string; tags: { data: unknown[] } }[] }>(await call("/api/contacts", { token: ws.token }));
    expect(listed.data.find((c) => c.id === contactId)?.tags.data).toEqual([vip]);

    expect(await json(await call(`/api/contacts/${contactId}/tags/${vip.id}`, { method: "DELETE", token: ws.token }))).toEqual(vip);
    expect((await json<{ tags: { data: unknown[] } }>(await call(`/api/contacts/${contactId}`, { token: ws.token }))).tags.data).toEqual([]);
  });

  it("answers 404 for another workspace's tag or contact", async () => {
    const [ws, other] = [await aWorkspace(), await aWorkspace()];
    const contactId = await aContact(ws);
    const foreign = await createTag(other, "theirs");
    const mine = await createTag(ws, "mine");
    expect((await call(`/api/contacts/${contactId}/tags`, { method: "POST", token: ws.token, json: { id: foreign.id } })).status).toBe(404);
    expect((await call(`/api/contacts/${contactId}/tags`, { method: "POST", token: other.token, json: { id: foreign.id } })).status).toBe(404);
    expect((await call(`/api/contacts/${contactId}/tags/${mine.id}x`, { method: "DELETE", token: ws.token })).status).toBe(404);
  });
});

describe("tags of a lead that signs in", () => {
  it("move to the user the lead becomes part of, beside the user's own", async () => {
    const ws = await aWorkspace();
    const user = await json<{ id: string }>(call("/api/contacts", { method: "POST", token: ws.token, json: { external_id: "u-tags" } }));
    const [trial, paid] = [await createTag(ws, "trial"), await createTag(ws, "paid")];
    await json(call(`/api/contacts/${user.id}/tags`, { method: "POST", token: ws.token, json: { id: paid.id } }));
    const lead = await boot(ws);
    for (const tag of [trial, paid]) await json(call(`/api/contacts/${lead.visitorId}/tags`, { method: "POST", token: ws.token, json: { id: tag.id } }));
    await boot(ws, { user_id: "u-tags", user_hash: await hashFor("u-tags") }, lead.token);
    const after = await json<{ tags: { data: TagObject[] } }>(call(`/api/contacts/${user.id}`, { token: ws.token }));
    expect(after.tags.data).toEqual([paid, trial]);
  });
});

describe("POST and DELETE /api/conversations/{id}/tags", () => {
  it("tags and untags a conversation, answering the tag, and shows the tags on the conversation", async () => {
    const ws = await aWorkspace();
    const conversationId = await aConversation(ws, await aContact(ws));
    const [bug, billing] = [await createTag(ws, "bug"), await createTag(ws, "billing")];
    for (const tag of [bug, billing]) {
      const tagged = await call(`/api/conversations/${conversationId}/tags`, { method: "POST", token: ws.token, json: { id: tag.id, admin_id: String(ws.ownerId) } });
      expect(await json(tagged)).toEqual(tag);
    }
    const conversation = await json<{ tags: unknown }>(await call(`/api/conversations/${conversationId}`, { token: ws.token }));
    expect(conversation.tags).toEqual({ type: "tag.list", tags: [billing, bug] });
    const listed = await json<{ conversations: { id: string; tags: unknown }[] }>(await call("/api/conversations", { token: ws.token }));
    expect(listed.conversations.find((c) => c.id === conversationId)?.tags).toEqual({ type: "tag.list", tags: [billing, bug] });

    const untagged = await call(`/api/conversations/${conversationId}/tags/${bug.id}`, { method: "DELETE", token: ws.token, json: { admin_id: ws.ownerId } });
    expect(await json(untagged)).toEqual(bug);
    expect((await json<{ tags: unknown }>(await call(`/api/conversations/${conversationId}`, { token: ws.token }))).tags).toEqual({ type: "tag.list", tags: [billing] });
  });

  it("needs an admin of the workspace and refuses another workspace's conversation", async () => {
    const [ws, other] = [await aWorkspace(), await aWorkspace()];
    const conversationId = await aConversation(ws, await aContact(ws));
    const tag = await createTag(ws, "t");
    const theirs = await createTag(other, "t");
    const path = `/api/conversations/${conversationId}/tags`;
    expect(await errorCode(await call(path, { method: "POST", token: ws.token, json: { id: tag.id } }))).toBe("parameter_not_found");
    expect(await errorCode(await call(path, { method: "POST", token: ws.token, json: { id: tag.id, admin_id: String(other.ownerId) } }))).toBe("parameter_invalid");
    expect((await call(path, { method: "POST", token: other.token, json: { id: theirs.id, admin_id: String(other.ownerId) } })).status).toBe(404);
    expect((await call(`/api/conversations/999999999/tags`, { method: "POST", token: ws.token, json: { id: tag.id, admin_id: String(ws.ownerId) } })).status).toBe(404);
  });
});
