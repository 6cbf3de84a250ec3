import { describe, expect, it } from "vitest";
import { parseInboxServerFrame, type InboxServerFrame } from "../../shared/inbox.ts";
import { replaceRoutingRules } from "../../worker/db/routing.ts";
import { aTeam, aWorkspace, BASE, call, db, type TestWorkspace } from "./fixtures.ts";
import { adminCookie, boot, startConversation } from "./messenger.ts";

class InboxSocket {
  readonly frames: InboxServerFrame[] = [];
  constructor(readonly ws: WebSocket) {
    ws.addEventListener("message", (e) => {
      const frame = typeof e.data === "string" ? parseInboxServerFrame(e.data) : null;
      if (frame) this.frames.push(frame);
    });
  }
  async next(test: (f: InboxServerFrame) => boolean, timeoutMs = 3000): Promise<InboxServerFrame> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = this.frames.find(test);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no matching inbox frame in ${JSON.stringify(this.frames)}`);
  }
}

async function inbox(ws: TestWorkspace, cookie: string, after = 0): Promise<InboxSocket> {
  const response = await call(`/admin/api/inbox/ws?after=${after}`, { headers: { upgrade: "websocket", cookie, origin: BASE } });
  const socket = response.webSocket;
  if (!socket) throw new Error(`inbox refused: ${response.status}`);
  const inboxSocket = new InboxSocket(socket);
  socket.accept();
  await inboxSocket.next((f) => f.type === "synced");
  return inboxSocket;
}

async function pricingToSales(ws: TestWorkspace): Promise<number> {
  const sales = await aTeam(ws, "Sales", [ws.ownerId]);
  await replaceRoutingRules(db(), ws.workspaceId, [
    { position: 0, name: "Pricing", conditions: { words: ["pricing", "price", "plan", "invoice", "billing"] }, teamId: sales, assignToAdmin: true, createdAt: 1 },
  ]);
  return sales;
}

describe("InboxHub", () => {
  it("pushes every conversation change to signed-in admins, in order", async () => {
    const ws = await aWorkspace();
    const socket = await inbox(ws, await adminCookie(ws));
    const visitor = await boot(ws);
    const conv = await startConversation(ws, visitor, "Hello team");
    const frame = await socket.next((f) => f.type === "conversation" && f.conversation.id === conv.id);
    expect(frame).toMatchObject({ conversation: { state: "open", last_part_preview: "Hello team", contact: { role: "lead" } } });
    await call(`/api/conversations/${conv.id}/parts`, { method: "POST", token: ws.token, json: { message_type: "close", admin_id: String(ws.ownerId) } });
    await socket.next((f) => f.type === "conversation" && f.conversation.state === "closed");
    const seqs = socket.frames.flatMap((f) => (f.type === "conversation" ? [f.seq] : []));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it("gives a reconnecting admin exactly the changes made meanwhile", async () => {
    const ws = await aWorkspace();
    const cookie = await adminCookie(ws);
    const first = await inbox(ws, cookie);
    const visitor = await boot(ws);
    const conv = await startConversation(ws, visitor, "One");
    const seen = await first.next((f) => f.type === "conversation");
    const lastSeq = seen.type === "conversation" ? seen.seq : 0;
    first.ws.close();
    await call(`/api/conversations/${conv.id}/parts`, { method: "POST", token: ws.token, json: { message_type: "close", admin_id: String(ws.ownerId) } });
    const again = await inbox(ws, cookie, lastSeq);
    const missed = again.frames.filter((f) => f.type === "conversation");
    expect(missed.length).toBeGreaterThan(0);
    expect(missed.every((f) => f.type === "conversation" && f.seq > lastSeq)).toBe(true);
    expect(missed.at(-1)).toMatchObject({ conversation: { state: "closed" } });
  });
});

describe("routing rules", () => {
  it("send a message mentioning pricing to Sales, and to an online Sales admin by round robin", async () => {
    const ws = await aWorkspace();
    const sales = await pricingToSales(ws);
    const offline = await startConversation(ws, await boot(ws), "What does the Pro PLAN cost?");
    const view = await (await call(`/api/conversations/${offline.id}`, { token: ws.token })).json<{ team_assignee_id: string; admin_assignee_id: number | null }>();
    expect(view).toMatchObject({ team_assignee_id: String(sales), admin_assignee_id: null });

    const socket = await inbox(ws, await adminCookie(ws));
    await socket.next((f) => f.type === "conversation" && f.conversation.id === offline.id && f.conversation.admin_assignee_id === String(ws.ownerId));
    const online = await startConversation(ws, await boot(ws), "Question about billing");
    const assigned = await (await call(`/api/conversations/${online.id}`, { token: ws.token })).json<{ admin_assignee_id: number | null }>();
    expect(assigned.admin_assignee_id).toBe(ws.ownerId);
  });

  it("leave other conversations unassigned and match whole words only", async () => {
    const ws = await aWorkspace();
    await pricingToSales(ws);
    const conv = await startConversation(ws, await boot(ws), "I need a planner for my pricey trip");
    const view = await (await call(`/api/conversations/${conv.id}`, { token: ws.token })).json<{ team_assignee_id: string | null }>();
    expect(view.team_assignee_id).toBeNull();
  });

  it("apply to conversations started through the REST API", async () => {
    const ws = await aWorkspace();
    const sales = await pricingToSales(ws);
    const contact = await (await call("/api/contacts", { method: "POST", token: ws.token, json: { role: "lead" } })).json<{ id: string }>();
    const message = await (await call("/api/conversations", { method: "POST", token: ws.token, json: { from: { type: "lead", id: contact.id }, body: "Invoice question" } })).json<{ conversation_id: string }>();
    const view = await (await call(`/api/conversations/${message.conversation_id}`, { token: ws.token })).json<{ team_assignee_id: string | null }>();
    expect(view.team_assignee_id).toBe(String(sales));
  });
});

describe("PUT /admin/api/me/away", () => {
  it("marks the admin away in presence and stops assignment to them", async () => {
    const ws = await aWorkspace();
    await pricingToSales(ws);
    const cookie = await adminCookie(ws);
    const socket = await inbox(ws, cookie);
    const away = await call("/admin/api/me/away", { method: "PUT", json: { away: true }, headers: { cookie, origin: BASE } });
    expect(away.status).toBe(200);
    await socket.next((f) => f.type === "presence" && f.presence.away);
    const conv = await startConversation(ws, await boot(ws), "pricing please");
    const view = await (await call(`/api/conversations/${conv.id}`, { token: ws.token })).json<{ admin_assignee_id: number | null }>();
    expect(view.admin_assignee_id).toBeNull();
  });
});
