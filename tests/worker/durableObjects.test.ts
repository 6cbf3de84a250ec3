import { evictDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { parseInboxServerFrame, type InboxServerFrame } from "../../shared/inbox.ts";
import { insertAdmin } from "../../worker/db/admins.ts";
import { replaceRoutingRules } from "../../worker/db/routing.ts";
import { hubOf } from "../../worker/durable/stubs.ts";
import { aTeam, aWorkspace, call, db, type TestWorkspace } from "./fixtures.ts";
import { adminCookie, adminSocket, boot, startConversation, visitorSocket, type TestSocket } from "./messenger.ts";

/** An admin's socket straight to the workspace's hub, as the Worker opens it after the session check. */
async function hubSocket(ws: TestWorkspace, adminId: number): Promise<{ ws: WebSocket; frames: InboxServerFrame[] }> {
  const response = await hubOf(env, ws.workspaceId).fetch(new Request(`https://hub/?admin=${adminId}`, { headers: { upgrade: "websocket" } }));
  const socket = response.webSocket;
  if (!socket) throw new Error(`hub refused: ${response.status}`);
  const frames: InboxServerFrame[] = [];
  socket.addEventListener("message", (e) => {
    const frame = typeof e.data === "string" ? parseInboxServerFrame(e.data) : null;
    if (frame) frames.push(frame);
  });
  socket.accept();
  return { ws: socket, frames };
}

async function until<T>(find: () => T | undefined, what: string): Promise<T> {
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("InboxHub presence", () => {
  it("announces an admin offline when their last socket closes, also after the hub hibernated", async () => {
    const ws = await aWorkspace();
    const colleague = await insertAdmin(db(), { workspaceId: ws.workspaceId, email: `second@${ws.appId}.example`, name: "Second", passwordHash: "x", role: "admin", createdAt: 1 });
    const owner = await hubSocket(ws, ws.ownerId);
    const second = await hubSocket(ws, colleague.id);
    await until(() => owner.frames.find((f) => f.type === "presence" && f.presence.admin_id === String(colleague.id) && f.presence.online), "online");
    await evictDurableObject(hubOf(env, ws.workspaceId));
    second.ws.close(1000, "bye");
    const offline = await until(() => owner.frames.find((f) => f.type === "presence" && f.presence.admin_id === String(colleague.id) && !f.presence.online), "offline");
    expect(offline).toMatchObject({ presence: { online: false, away: false } });
    owner.ws.close();
  });
});

describe("ConversationRoom read frames", () => {
  it("store and announce a read marker once, however often a client repeats it", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const conv = await startConversation(ws, visitor, "Hello");
    await call(`/api/conversations/${conv.id}/reply`, { method: "POST", token: ws.token, json: { message_type: "comment", type: "admin", admin_id: String(ws.ownerId), body: "Hi there" } });
    const admin = await adminSocket(ws, await adminCookie(ws), conv.id);
    const user = await visitorSocket(ws, visitor, conv.id);
    await user.next((f) => f.type === "synced");
    for (let i = 0; i < 5; i++) user.send({ type: "read", seq: 2 });
    user.send({ type: "read", seq: 1 });
    await admin.next((f) => f.type === "read" && f.side === "user" && f.seq === 2);
    // Frames of one socket are handled in order: once the admin sees this typing, every read was handled.
    user.send({ type: "typing" });
    await admin.next((f) => f.type === "typing");
    expect(admin.frames.filter((f) => f.type === "read" && f.side === "user")).toHaveLength(1);
    user.close();
    admin.close();
  });
});

describe("starting a conversation", () => {
  it("stores routing's team and admin assignment in the room before the start returns", async () => {
    const ws = await aWorkspace();
    const sales = await aTeam(ws, "Sales", [ws.ownerId]);
    await replaceRoutingRules(db(), ws.workspaceId, [{ position: 0, name: "Pricing", conditions: { words: ["pricing"] }, teamId: sales, assignToAdmin: true, createdAt: 1 }]);
    const owner = await hubSocket(ws, ws.ownerId);
    const conv = await startConversation(ws, await boot(ws), "pricing please");
    const view = await (await call(`/api/conversations/${conv.id}`, { token: ws.token })).json<{ conversation_parts: { conversation_parts: { part_type: string; assigned_to: { id: string } | null }[] } }>();
    expect(view.conversation_parts.conversation_parts.map((p) => [p.part_type, p.assigned_to?.id])).toEqual([
      ["assignment", String(sales)],
      ["assignment", String(ws.ownerId)],
    ]);
    owner.ws.close();
  });
});

describe("socket limits", () => {
  it("refuse a person's eleventh socket on one conversation with the one error shape", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const conv = await startConversation(ws, visitor, "Hello");
    const open: TestSocket[] = [];
    for (let i = 0; i < 10; i++) open.push(await visitorSocket(ws, visitor, conv.id));
    const refused = await call(`/messenger/${ws.appId}/conversations/${conv.id}/ws`, { headers: { upgrade: "websocket", "sec-websocket-protocol": `parley.v1, parley-token.${visitor.token}` } });
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ type: "error.list", errors: [{ code: "rate_limit_exceeded" }] });
    for (const socket of open) socket.close();
  });
});

describe("InboxHub for a freshly loaded inbox", () => {
  it("sends the rows D1 does not have yet along with the live ones", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const conv = await startConversation(ws, visitor, "first");
    const user = await visitorSocket(ws, visitor, conv.id, conv.seq);
    user.send({ type: "send", client_id: "late-1", body: "the latest words" });
    await user.next((f) => f.type === "ack");
    // The room hands its row over within a second; D1 gets it seconds later (written behind).
    const watcher = await hubSocket(ws, ws.ownerId);
    await until(() => watcher.frames.find((f) => f.type === "conversation" && f.conversation.last_part_preview === "the latest words"), "the live row");
    watcher.ws.close();
    const fresh = await hubSocket(ws, ws.ownerId);
    const row = await until(() => fresh.frames.find((f) => f.type === "conversation" && f.conversation.id === conv.id), "the unwritten row");
    expect(row).toMatchObject({ conversation: { last_part_preview: "the latest words" } });
    fresh.ws.close();
    user.close();
  });
});
