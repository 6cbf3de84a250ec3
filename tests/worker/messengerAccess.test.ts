import { describe, expect, it } from "vitest";
import { SUBPROTOCOL } from "../../shared/protocol.ts";
import { forwardUpgrade } from "../../worker/conversation/handshake.ts";
import { signJwt } from "../../worker/identity/jwt.ts";
import { aWorkspace, call, db, errorCode } from "./fixtures.ts";
import { boot, hashFor, openSocket, room, startConversation, visitorSocket } from "./messenger.ts";
import { updateWorkspaceEnforcement } from "./workspaceSettings.ts";

describe("visitor tokens", () => {
  it("open only the visitor's own conversations through REST", async () => {
    const ws = await aWorkspace();
    const alice = await boot(ws);
    const mallory = await boot(ws);
    const conv = await startConversation(ws, alice, "private");
    const asMallory = await call(`/messenger/${ws.appId}/conversations/${conv.id}`, { headers: { authorization: `Bearer ${mallory.token}` } });
    expect(asMallory.status).toBe(404);
    const list = await (await call(`/messenger/${ws.appId}/conversations`, { headers: { authorization: `Bearer ${mallory.token}` } })).json();
    expect(list).toEqual({ conversations: [] });
    const asAlice = await call(`/messenger/${ws.appId}/conversations/${conv.id}`, { headers: { authorization: `Bearer ${alice.token}` } });
    expect(await asAlice.text()).toContain("private");
  });

  it("open only the visitor's own conversations through the WebSocket", async () => {
    const ws = await aWorkspace();
    const alice = await boot(ws);
    const mallory = await boot(ws);
    const conv = await startConversation(ws, alice);
    await expect(visitorSocket(ws, mallory, conv.id)).rejects.toThrow(/404/);
    await expect(openSocket(`/messenger/${ws.appId}/conversations/${conv.id}/ws`, { "sec-websocket-protocol": SUBPROTOCOL })).rejects.toThrow(/401/);
  });

  it("are checked again by the conversation's Durable Object itself", async () => {
    const ws = await aWorkspace();
    const alice = await boot(ws);
    const mallory = await boot(ws);
    const conv = await startConversation(ws, alice);
    const forged = forwardUpgrade(new Request("https://x/", { headers: { upgrade: "websocket" } }), "https://room/", { role: "user", id: mallory.visitorId }, null);
    expect((await room(ws, conv.id).fetch(forged)).status).toBe(403);
  });

  it("do not work in another workspace or after tampering", async () => {
    const a = await aWorkspace();
    const b = await aWorkspace();
    const visitor = await boot(a);
    const elsewhere = await call(`/messenger/${b.appId}/conversations`, { headers: { authorization: `Bearer ${visitor.token}` } });
    expect(elsewhere.status).toBe(401);
    const tampered = visitor.token.slice(0, -2) + (visitor.token.endsWith("A") ? "BB" : "AA");
    expect((await call(`/messenger/${a.appId}/conversations`, { headers: { authorization: `Bearer ${tampered}` } })).status).toBe(401);
  });

  it("answer CORS preflights and carry CORS headers on errors", async () => {
    const ws = await aWorkspace();
    const preflight = await call(`/messenger/${ws.appId}/boot`, { method: "OPTIONS", headers: { origin: "https://customer.example" } });
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    const error = await call(`/messenger/${ws.appId}/conversations`);
    expect(error.status).toBe(401);
    expect(error.headers.get("access-control-allow-origin")).toBe("*");
  });
});

describe("POST /messenger/{app_id}/boot identity", () => {
  it("keeps an anonymous visitor across boots with their token", async () => {
    const ws = await aWorkspace();
    const first = await boot(ws);
    const again = await boot(ws, {}, first.token);
    expect(again.visitorId).toBe(first.visitorId);
    expect(again.body.contact).toMatchObject({ role: "lead" });
  });

  it("identifies a user with a valid user_hash and refuses a forged one", async () => {
    const ws = await aWorkspace();
    const good = await boot(ws, { user_id: "u-1", email: "u1@example.com", user_hash: await hashFor("u-1") });
    expect(good.body.contact).toMatchObject({ role: "user" });
    const forged = await call(`/messenger/${ws.appId}/boot`, { method: "POST", json: { settings: { user_id: "u-1", user_hash: "0".repeat(64) } } });
    expect(forged.status).toBe(403);
    expect(await errorCode(forged)).toBe("forbidden");
  });

  it("refuses an unverified identity when verification is enforced, and accepts a JWT", async () => {
    const ws = await aWorkspace();
    await updateWorkspaceEnforcement(db(), ws.workspaceId, true);
    const bare = await call(`/messenger/${ws.appId}/boot`, { method: "POST", json: { settings: { user_id: "u-2" } } });
    expect(bare.status).toBe(403);
    const jwt = await signJwt("s3cret", { user_id: "u-2", plan: "gold", exp: Math.floor(Date.now() / 1000) + 600 });
    const viaJwt = await boot(ws, { intercom_user_jwt: jwt });
    const contact = await (await call(`/api/contacts/${viaJwt.visitorId}`, { token: ws.token })).json();
    expect(contact).toMatchObject({ role: "user", external_id: "u-2", custom_attributes: { plan: "gold" } });
  });

  it("moves an anonymous visitor's conversations to the user they sign in as", async () => {
    const ws = await aWorkspace();
    const lead = await boot(ws);
    const conv = await startConversation(ws, lead, "asked before signing in");
    const user = await boot(ws, { user_id: "u-3", user_hash: await hashFor("u-3") }, lead.token);
    const list = await (await call(`/messenger/${ws.appId}/conversations`, { headers: { authorization: `Bearer ${user.token}` } })).json();
    expect(list).toMatchObject({ conversations: [{ id: conv.id }] });
    const socket = await visitorSocket(ws, user, conv.id);
    await socket.next((f) => f.type === "synced");
    socket.close();
  });

  it("records visits: last seen, web sessions, page and custom attributes", async () => {
    const ws = await aWorkspace();
    const v = await boot(ws, { plan: "pro", created_at: 1_700_000_000 });
    await call(`/messenger/${ws.appId}/update`, { method: "POST", json: { token: v.token, settings: { seats: 4 }, page_url: "https://shop.example/pricing" } });
    const contact = await (await call(`/api/contacts/${v.visitorId}`, { token: ws.token })).json<{ last_seen_at: number }>();
    expect(contact).toMatchObject({ web_sessions: 1, signed_up_at: 1_700_000_000, custom_attributes: { plan: "pro", seats: 4 } });
    expect(contact.last_seen_at).toBeGreaterThan(0);
  });
});

describe("POST /messenger/{app_id}/boot limits", () => {
  it("refuses a flood of new visitors from one address but not returning ones", async () => {
    const ws = await aWorkspace();
    const headers = { "cf-connecting-ip": "198.51.100.77" };
    // Twice the limit plus one: however the minute windows fall, one of them overflows.
    const statuses: number[] = [];
    let kept = "";
    for (let i = 0; i < 61 && !statuses.includes(429); i++) {
      const response = await call(`/messenger/${ws.appId}/boot`, { method: "POST", json: { settings: {} }, headers });
      statuses.push(response.status);
      if (i === 0) kept = (await response.json<{ token: string }>()).token;
    }
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(30);
    const returning = await call(`/messenger/${ws.appId}/boot`, { method: "POST", json: { settings: {}, token: kept }, headers });
    expect(returning.status).toBe(200);
  }, 60_000);
});
