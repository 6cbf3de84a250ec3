import { describe, expect, it } from "vitest";
import { conversationById } from "../../worker/db/conversations.ts";
import { aWorkspace, call, db } from "./fixtures.ts";
import { boot, room, startConversation, visitorSocket } from "./messenger.ts";

// Issue 12 item 4: deleting a contact deletes its conversations; proposed visitor ids reveal nothing.

describe("DELETE /api/contacts/{id}", () => {
  it("deletes the contact's conversations: the D1 rows and the rooms' logs", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const conv = await startConversation(ws, visitor, "please forget me");
    const socket = await visitorSocket(ws, visitor, conv.id);
    await socket.next((f) => f.type === "synced");
    const closed = new Promise<number>((resolve) => socket.ws.addEventListener("close", (e) => resolve(e.code)));
    expect((await call(`/api/contacts/${visitor.visitorId}`, { method: "DELETE", token: ws.token })).status).toBe(200);
    expect(await conversationById(db(), ws.workspaceId, Number(conv.id))).toBeUndefined();
    expect(await room(ws, conv.id).snapshot("admin")).toBeNull();
    expect(await closed).toBe(4004);
    expect((await call(`/api/conversations/${conv.id}`, { token: ws.token })).status).toBe(404);
  });

  it("gives a later boot carrying the deleted visitor's token and id a new, empty visitor", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    await startConversation(ws, visitor, "old words");
    await call(`/api/contacts/${visitor.visitorId}`, { method: "DELETE", token: ws.token });
    const response = await call(`/messenger/${ws.appId}/boot`, { method: "POST", json: { settings: {}, token: visitor.token, visitor_id: visitor.visitorId } });
    const again = await response.json<{ token: string; conversations: unknown[] }>();
    expect(again.conversations).toEqual([]);
    const list = await call(`/messenger/${ws.appId}/conversations`, { headers: { authorization: `Bearer ${visitor.token}` } });
    expect(list.status).toBe(401);
  });
});

describe("POST /messenger/{app_id}/boot with a proposed visitor id", () => {
  it("never reveals a contact of another workspace: the visitor gets a fresh id", async () => {
    const a = await aWorkspace();
    const b = await aWorkspace();
    const inA = await boot(a);
    const response = await call(`/messenger/${b.appId}/boot`, { method: "POST", json: { settings: {}, visitor_id: inA.visitorId } });
    expect(response.status).toBe(200);
    const inB = await response.json<{ visitor_id: string; conversations: unknown[] }>();
    expect(inB.visitor_id).not.toBe(inA.visitorId);
    expect(inB.conversations).toEqual([]);
  });
});
