import { describe, expect, it } from "vitest";
import { aTeam, aWorkspace, call, errorCode, type TestWorkspace } from "./fixtures.ts";
import { boot, room, startConversation, visitorSocket } from "./messenger.ts";

type Json = Record<string, unknown> & { conversation_parts?: { conversation_parts: { part_type: string; body: string | null }[] } };
const json = async (r: Response): Promise<Json> => r.json<Json>();

async function aContact(ws: TestWorkspace, body: Record<string, unknown> = { role: "lead" }): Promise<string> {
  const created = await json(await call("/api/contacts", { method: "POST", token: ws.token, json: body }));
  return String(created.id);
}

describe("POST /conversations", () => {
  it("starts a conversation from a contact and answers a user_message", async () => {
    const ws = await aWorkspace();
    const contactId = await aContact(ws);
    const response = await call("/api/conversations", { method: "POST", token: ws.token, json: { from: { type: "lead", id: contactId }, body: "<p>Hi &amp; hello</p>" } });
    expect(response.status).toBe(200);
    const message = await json(response);
    expect(message).toMatchObject({ type: "user_message", message_type: "inapp" });
    const conversation = await json(await call(`/api/conversations/${String(message.conversation_id)}`, { token: ws.token }));
    expect(conversation).toMatchObject({
      type: "conversation",
      state: "open",
      open: true,
      source: { body: "<p>Hi &amp; hello</p>", author: { type: "lead", id: contactId } },
      contacts: { contacts: [{ id: contactId }] },
      conversation_parts: { type: "conversation_part.list", conversation_parts: [], total_count: 0 },
    });
  });

  it("answers 404 for a contact of another workspace", async () => {
    const a = await aWorkspace();
    const b = await aWorkspace();
    const theirs = await aContact(b);
    const response = await call("/api/conversations", { method: "POST", token: a.token, json: { from: { type: "user", id: theirs }, body: "x" } });
    expect(response.status).toBe(404);
  });
});

describe("POST /conversations/{id}/reply", () => {
  it("reaches the contact's open socket live, and a user reply reaches the log", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const conv = await startConversation(ws, visitor, "Where is my order?");
    const socket = await visitorSocket(ws, visitor, conv.id, conv.seq);
    await socket.next((f) => f.type === "synced");
    const reply = await call(`/api/conversations/${conv.id}/reply`, {
      method: "POST",
      token: ws.token,
      json: { message_type: "comment", type: "admin", admin_id: String(ws.ownerId), body: "<p>On its way!</p>" },
    });
    expect(reply.status).toBe(200);
    expect(await socket.next((f) => f.type === "part" && f.part.author.type === "admin")).toMatchObject({ part: { body: "On its way!", seq: 2 } });
    const asUser = await call(`/api/conversations/${conv.id}/reply`, {
      method: "POST",
      token: ws.token,
      json: { message_type: "comment", type: "user", intercom_user_id: visitor.visitorId, body: "Thanks" },
    });
    const parts = (await json(asUser)).conversation_parts?.conversation_parts ?? [];
    expect(parts.map((p) => p.body)).toEqual(["<p>On its way!</p>", "<p>Thanks</p>"]);
    socket.close();
  });

  it("refuses a reply from an admin of another workspace and from a stranger contact", async () => {
    const a = await aWorkspace();
    const b = await aWorkspace();
    const visitor = await boot(a);
    const conv = await startConversation(a, visitor);
    const foreignAdmin = await call(`/api/conversations/${conv.id}/reply`, { method: "POST", token: a.token, json: { message_type: "comment", type: "admin", admin_id: String(b.ownerId), body: "x" } });
    expect(await errorCode(foreignAdmin)).toBe("parameter_invalid");
    const stranger = await aContact(a);
    const strangerReply = await call(`/api/conversations/${conv.id}/reply`, { method: "POST", token: a.token, json: { message_type: "comment", type: "user", intercom_user_id: stranger, body: "x" } });
    expect(strangerReply.status).toBe(403);
    expect((await call(`/api/conversations/${conv.id}`, { token: b.token })).status).toBe(404);
  });
});

describe("POST /conversations/{id}/parts", () => {
  it("closes, assigns to a team and an admin, snoozes and reopens, each as a part in the timeline", async () => {
    const ws = await aWorkspace();
    const sales = await aTeam(ws, "Sales", [ws.ownerId]);
    const visitor = await boot(ws);
    const conv = await startConversation(ws, visitor);
    const act = (body: Record<string, unknown>) => call(`/api/conversations/${conv.id}/parts`, { method: "POST", token: ws.token, json: { admin_id: String(ws.ownerId), ...body } });
    expect(await json(await act({ message_type: "assignment", type: "team", assignee_id: String(sales) }))).toMatchObject({ team_assignee_id: String(sales) });
    expect(await json(await act({ message_type: "assignment", type: "admin", assignee_id: String(ws.ownerId) }))).toMatchObject({ admin_assignee_id: ws.ownerId });
    expect(await json(await act({ message_type: "close" }))).toMatchObject({ state: "closed", open: false });
    const until = Math.floor(Date.now() / 1000) + 3600;
    expect(await json(await act({ message_type: "snoozed", snoozed_until: until }))).toMatchObject({ state: "snoozed", snoozed_until: until });
    const reopened = await json(await act({ message_type: "open" }));
    expect(reopened.state).toBe("open");
    expect(reopened.conversation_parts?.conversation_parts.map((p) => p.part_type)).toEqual(["assignment", "assignment", "close", "snoozed", "open"]);
    const bad = await act({ message_type: "assignment", type: "team", assignee_id: "999999" });
    expect(bad.status).toBe(400);
  });

  it("reopens a snoozed conversation when its alarm fires", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const conv = await startConversation(ws, visitor);
    // Far enough ahead that the snoozed state is still there to see before the alarm fires.
    const soon = Math.floor(Date.now() / 1000) + 3;
    await room(ws, conv.id).post({ clientId: null, partType: "snoozed", author: { type: "admin", id: String(ws.ownerId), name: null }, body: "", createdAt: soon - 1, snoozedUntil: soon });
    expect((await json(await call(`/api/conversations/${conv.id}`, { token: ws.token }))).state).toBe("snoozed");
    // The room's own alarm wakes it: nothing here calls it.
    await expect.poll(async () => (await json(await call(`/api/conversations/${conv.id}`, { token: ws.token }))).state, { timeout: 12_000, interval: 250 }).toBe("open");
    const parts = (await json(await call(`/api/conversations/${conv.id}`, { token: ws.token }))).conversation_parts?.conversation_parts ?? [];
    expect(parts.map((p) => p.part_type)).toEqual(["snoozed", "open"]);
  });

});

describe("GET /conversations and POST /conversations/search", () => {
  it("lists newest activity first with list fields written through by the room", async () => {
    const ws = await aWorkspace();
    const v1 = await boot(ws);
    const v2 = await boot(ws);
    const first = await startConversation(ws, v1, "about pricing plans");
    const second = await startConversation(ws, v2, "login trouble");
    // A later second than both starts, so the order does not rest on a tie.
    const later = Math.floor(Date.now() / 1000) + 5;
    await room(ws, first.id).post({ clientId: null, partType: "comment", author: { type: "admin", id: String(ws.ownerId), name: null }, body: "Sure", createdAt: later });
    const list = await json(await call("/api/conversations?per_page=1", { token: ws.token }));
    expect(list).toMatchObject({ type: "conversation.list", total_count: 2, conversations: [{ id: first.id }] });
    const search = await json(
      await call("/api/conversations/search", { method: "POST", token: ws.token, json: { query: { operator: "AND", value: [{ field: "source.body", operator: "~", value: "login" }, { field: "open", operator: "=", value: true }] } } }),
    );
    expect(search).toMatchObject({ total_count: 1, conversations: [{ id: second.id }] });
    const bad = await call("/api/conversations/search", { method: "POST", token: ws.token, json: { query: { field: "secret", operator: "=", value: 1 } } });
    expect(await errorCode(bad)).toBe("parameter_invalid");
  });
});
