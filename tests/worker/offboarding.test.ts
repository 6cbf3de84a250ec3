import { describe, expect, it } from "vitest";
import { insertAdmin } from "../../worker/db/admins.ts";
import { insertToken } from "../../worker/db/apiTokens.ts";
import { hashPassword } from "../../worker/identity/password.ts";
import { sha256Hex } from "../../worker/identity/secrets.ts";
import { aWorkspace, BASE, call, db, type TestWorkspace } from "./fixtures.ts";
import { boot, startConversation } from "./messenger.ts";

// Issue 12 item 9: offboarding ends sessions and sockets at once; sign out everywhere; change
// password; revocable invites whose token never rides in a query string.

const origin = { origin: BASE };

async function signIn(ws: TestWorkspace, email: string, password: string): Promise<string> {
  const response = await call("/admin/api/login", { method: "POST", json: { email, password, app_id: ws.appId }, headers: origin });
  return response.status === 200 ? ((response.headers.get("set-cookie") ?? "").split(";")[0] ?? "") : "";
}

async function anAgent(ws: TestWorkspace) {
  const agent = await insertAdmin(db(), { workspaceId: ws.workspaceId, email: `agent@${ws.appId}.example`, name: "Agent", passwordHash: await hashPassword("agent password", 1000), role: "admin", createdAt: 1 });
  const token = `parley_agent_${ws.appId}`;
  await insertToken(db(), { workspaceId: ws.workspaceId, adminId: agent.id, name: "agent", tokenHash: await sha256Hex(token), tokenHint: "x", createdAt: 1 });
  return { id: agent.id, email: agent.email, token, cookie: await signIn(ws, agent.email, "agent password") };
}

/** The admin's inbox socket, resolving with its close code. */
async function inboxSocket(cookie: string): Promise<{ closed: Promise<number> }> {
  const response = await call("/admin/api/inbox/ws", { headers: { upgrade: "websocket", cookie, ...origin } });
  const ws = response.webSocket;
  if (response.status !== 101 || !ws) throw new Error(`upgrade refused: ${response.status}`);
  const closed = new Promise<number>((resolve) => ws.addEventListener("close", (e) => resolve(e.code)));
  ws.accept();
  return { closed };
}

const session = (cookie: string) => call("/admin/api/session", { headers: { cookie } });

describe("PUT /admin/api/members/{id}/disabled", () => {
  it("ends the admin's sessions, sockets and API tokens at once and refuses their sign-in", async () => {
    const ws = await aWorkspace();
    const owner = await signIn(ws, ws.ownerEmail, ws.password);
    const agent = await anAgent(ws);
    const socket = await inboxSocket(agent.cookie);
    const disabled = await call(`/admin/api/members/${agent.id}/disabled`, { method: "PUT", json: { disabled: true }, headers: { cookie: owner, ...origin } });
    expect(disabled.status).toBe(200);
    expect(await socket.closed).toBe(4001);
    expect((await session(agent.cookie)).status).toBe(401);
    expect((await call("/api/me", { token: agent.token })).status).toBe(401);
    expect(await signIn(ws, agent.email, "agent password")).toBe("");
    await expect(inboxSocket(agent.cookie)).rejects.toThrow(/401/);
    await call(`/admin/api/members/${agent.id}/disabled`, { method: "PUT", json: { disabled: false }, headers: { cookie: owner, ...origin } });
    expect(await signIn(ws, agent.email, "agent password")).not.toBe("");
  });

  it("is for owners only, and not on themselves", async () => {
    const ws = await aWorkspace();
    const agent = await anAgent(ws);
    expect((await call(`/admin/api/members/${ws.ownerId}/disabled`, { method: "PUT", json: { disabled: true }, headers: { cookie: agent.cookie, ...origin } })).status).toBe(403);
    const owner = await signIn(ws, ws.ownerEmail, ws.password);
    expect((await call(`/admin/api/members/${ws.ownerId}/disabled`, { method: "PUT", json: { disabled: true }, headers: { cookie: owner, ...origin } })).status).toBe(403);
  });
});

describe("DELETE /admin/api/members/{id}", () => {
  it("removes the admin and closes their socket", async () => {
    const ws = await aWorkspace();
    const owner = await signIn(ws, ws.ownerEmail, ws.password);
    const agent = await anAgent(ws);
    const socket = await inboxSocket(agent.cookie);
    expect((await call(`/admin/api/members/${agent.id}`, { method: "DELETE", headers: { cookie: owner, ...origin } })).status).toBe(204);
    expect(await socket.closed).toBe(4001);
    expect((await session(agent.cookie)).status).toBe(401);
    const members = await (await call("/admin/api/members", { headers: { cookie: owner, ...origin } })).json<{ data: { id: string }[] }>();
    expect(members.data.map((m) => m.id)).toEqual([String(ws.ownerId)]);
  });
});

describe("POST /admin/api/me/sign-out-everywhere", () => {
  it("ends every session of the admin and closes their sockets", async () => {
    const ws = await aWorkspace();
    const laptop = await signIn(ws, ws.ownerEmail, ws.password);
    const phone = await signIn(ws, ws.ownerEmail, ws.password);
    const socket = await inboxSocket(phone);
    expect((await call("/admin/api/me/sign-out-everywhere", { method: "POST", headers: { cookie: laptop, ...origin } })).status).toBe(204);
    expect(await socket.closed).toBe(4001);
    expect((await session(laptop)).status).toBe(401);
    expect((await session(phone)).status).toBe(401);
  });
});

describe("POST /admin/api/me/password", () => {
  it("needs the current password, then signs out every other session", async () => {
    const ws = await aWorkspace();
    const here = await signIn(ws, ws.ownerEmail, ws.password);
    const elsewhere = await signIn(ws, ws.ownerEmail, ws.password);
    const change = (current: string) => call("/admin/api/me/password", { method: "POST", json: { current_password: current, new_password: "a brand new password" }, headers: { cookie: here, ...origin } });
    expect((await change("wrong password")).status).toBe(403);
    expect((await change(ws.password)).status).toBe(204);
    expect((await session(here)).status).toBe(200);
    expect((await session(elsewhere)).status).toBe(401);
    expect(await signIn(ws, ws.ownerEmail, ws.password)).toBe("");
    expect(await signIn(ws, ws.ownerEmail, "a brand new password")).not.toBe("");
  });
});

describe("admin invitations offboarding", () => {
  it("can be revoked, after which the link no longer works", async () => {
    const ws = await aWorkspace();
    const owner = await signIn(ws, ws.ownerEmail, ws.password);
    const created = await call("/admin/api/invites", { method: "POST", json: { email: "new@example.com" }, headers: { cookie: owner, ...origin } });
    const { invite, url } = await created.json<{ invite: { id: string }; url: string }>();
    const token = new URL(url).hash.replace("#invite=", "");
    expect((await call(`/admin/api/invites/${invite.id}`, { method: "DELETE", headers: { cookie: owner, ...origin } })).status).toBe(204);
    expect((await call("/admin/api/invites/lookup", { method: "POST", json: { token }, headers: origin })).status).toBe(404);
    const accept = await call("/admin/api/invites/accept", { method: "POST", json: { token, name: "Late", password: "a long password" }, headers: origin });
    expect(accept.status).toBe(404);
  });

  it("are looked up by a POST body, never by a token in the query string", async () => {
    const ws = await aWorkspace();
    const owner = await signIn(ws, ws.ownerEmail, ws.password);
    const { url } = await (await call("/admin/api/invites", { method: "POST", json: { email: "q@example.com" }, headers: { cookie: owner, ...origin } })).json<{ url: string }>();
    const token = new URL(url).hash.replace("#invite=", "");
    expect((await call(`/admin/api/invites/lookup?token=${encodeURIComponent(token)}`)).status).not.toBe(200);
    expect((await call("/admin/api/invites/lookup", { method: "POST", json: { token }, headers: origin })).status).toBe(200);
  });
});

describe("offboarding and open conversation sockets", () => {
  it("closes the conversation sockets the admin has open at once", async () => {
    const ws = await aWorkspace();
    const owner = await signIn(ws, ws.ownerEmail, ws.password);
    const agent = await anAgent(ws);
    const visitor = await boot(ws);
    const conv = await startConversation(ws, visitor, "Hello");
    const response = await call(`/admin/api/conversations/${conv.id}/ws`, { headers: { upgrade: "websocket", cookie: agent.cookie, ...origin } });
    const socket = response.webSocket;
    if (response.status !== 101 || !socket) throw new Error(`upgrade refused: ${response.status}`);
    const closed = new Promise<number>((resolve) => socket.addEventListener("close", (e) => resolve(e.code)));
    socket.accept();
    await call(`/admin/api/members/${agent.id}/disabled`, { method: "PUT", json: { disabled: true }, headers: { cookie: owner, ...origin } });
    expect(await closed).toBe(4001);
  });
});
