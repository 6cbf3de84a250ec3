import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { aTeam, aWorkspace, BASE, call, errorCode, type TestWorkspace } from "./fixtures.ts";
import { adminCookie, adminSocket, boot, startConversation, visitorSocket, type Visitor } from "./messenger.ts";

const rate = (ws: TestWorkspace, visitor: Visitor, id: string, json: unknown) =>
  call(`/messenger/${ws.appId}/conversations/${id}/rating`, { method: "POST", json, headers: { authorization: `Bearer ${visitor.token}` } });

const part = (ws: TestWorkspace, id: string, json: Record<string, unknown>) =>
  call(`/api/conversations/${id}/parts`, { method: "POST", token: ws.token, json: { admin_id: String(ws.ownerId), ...json } });

/** A conversation the visitor started, assigned to the owner and their team, then closed. */
async function closedConversation(ws: TestWorkspace, visitor: Visitor): Promise<{ id: string; teamId: number }> {
  const conv = await startConversation(ws, visitor, "My order is late");
  const teamId = await aTeam(ws, `Support ${conv.id}`, [ws.ownerId]);
  expect((await part(ws, conv.id, { message_type: "assignment", type: "team", assignee_id: String(teamId) })).status).toBe(200);
  expect((await part(ws, conv.id, { message_type: "assignment", type: "admin", assignee_id: String(ws.ownerId) })).status).toBe(200);
  expect((await part(ws, conv.id, { message_type: "close" })).status).toBe(200);
  return { id: conv.id, teamId };
}

describe("POST /messenger/{app_id}/conversations/{id}/rating", () => {
  it("stores the contact's rating of a closed conversation once, and refuses a second", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const { id } = await closedConversation(ws, visitor);
    const first = await rate(ws, visitor, id, { rating: 4, remark: "  Quick and kind " });
    expect(first.status, await first.clone().text()).toBe(200);
    expect(await first.json()).toMatchObject({ rating: { rating: 4, remark: "Quick and kind" } });
    const again = await rate(ws, visitor, id, { rating: 1 });
    expect(again.status).toBe(409);
    const read = await call(`/messenger/${ws.appId}/conversations/${id}/rating`, { headers: { authorization: `Bearer ${visitor.token}` } });
    expect(await read.json()).toMatchObject({ rating: { rating: 4, remark: "Quick and kind" } });
  });

  it("answers 404 for another contact's conversation and stores nothing", async () => {
    const ws = await aWorkspace();
    const owner = await boot(ws);
    const stranger = await boot(ws);
    const { id } = await closedConversation(ws, owner);
    const refused = await rate(ws, stranger, id, { rating: 1 });
    expect(refused.status).toBe(404);
    const read = await call(`/messenger/${ws.appId}/conversations/${id}/rating`, { headers: { authorization: `Bearer ${owner.token}` } });
    expect(await read.json()).toEqual({ rating: null });
  });

  it("refuses a conversation of another workspace, even with that workspace's own token", async () => {
    const ws = await aWorkspace();
    const other = await aWorkspace();
    const { id } = await closedConversation(ws, await boot(ws));
    expect((await rate(other, await boot(other), id, { rating: 5 })).status).toBe(404);
  });

  it("refuses an open conversation, a score outside 1–5 and a request without a visitor token", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const open = await startConversation(ws, visitor);
    const early = await rate(ws, visitor, open.id, { rating: 5 });
    expect(early.status).toBe(400);
    const { id } = await closedConversation(ws, visitor);
    expect(await errorCode(await rate(ws, visitor, id, { rating: 6 }))).toBe("parameter_invalid");
    expect((await rate(ws, visitor, id, { rating: 2.5 })).status).toBe(400);
    expect((await call(`/messenger/${ws.appId}/conversations/${id}/rating`, { method: "POST", json: { rating: 3 } })).status).toBe(401);
  });

  it("refuses a conversation reopened since its close", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const { id } = await closedConversation(ws, visitor);
    await part(ws, id, { message_type: "open" });
    expect((await rate(ws, visitor, id, { rating: 5 })).status).toBe(400);
  });
});

describe("the rated frame", () => {
  it("reaches the admins watching the conversation the moment the contact rates it, and not the contact", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const { id } = await closedConversation(ws, visitor);
    const admin = await adminSocket(ws, await adminCookie(ws), id);
    const user = await visitorSocket(ws, visitor, id);
    await Promise.all([admin.next((f) => f.type === "synced"), user.next((f) => f.type === "synced")]);
    expect((await rate(ws, visitor, id, { rating: 5, remark: "Lovely" })).status).toBe(200);
    const frame = await admin.next((f) => f.type === "rated");
    expect(frame).toMatchObject({ type: "rated", rating: { rating: 5, remark: "Lovely", created_at: expect.any(Number) } });
    // A ping sent after the rating is answered after anything the room sent the contact before it.
    user.send({ type: "ping" });
    await user.next((f) => f.type === "pong");
    expect(user.frames.some((f) => f.type === "rated")).toBe(false);
  });
});

describe("conversation_rating on the REST conversation", () => {
  it("is null before a rating, then carries the rating, remark, contact and the teammate assigned at close", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const { id } = await closedConversation(ws, visitor);
    const before = await (await call(`/api/conversations/${id}`, { token: ws.token })).json<{ conversation_rating: unknown }>();
    expect(before.conversation_rating).toBeNull();
    await rate(ws, visitor, id, { rating: 5, remark: "Great" });
    // Assigning someone else after the close does not move the rating.
    await part(ws, id, { message_type: "assignment", type: "admin", assignee_id: "0" });
    const after = await (await call(`/api/conversations/${id}`, { token: ws.token })).json<{ conversation_rating: { created_at: number } }>();
    expect(after.conversation_rating).toEqual({
      rating: 5,
      remark: "Great",
      created_at: after.conversation_rating.created_at,
      contact: { type: "contact", id: visitor.visitorId },
      teammate: { type: "admin", id: String(ws.ownerId) },
    });
    expect(after.conversation_rating.created_at).toBeGreaterThan(1_700_000_000);
    const list = await (await call("/api/conversations", { token: ws.token })).json<{ conversations: { id: string; conversation_rating: unknown }[] }>();
    expect(list.conversations.find((c) => c.id === id)?.conversation_rating).toMatchObject({ rating: 5, remark: "Great", teammate: { type: "admin", id: String(ws.ownerId) } });
  });

  it("has a null remark and teammate when the contact gave no remark and nobody was assigned", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const conv = await startConversation(ws, visitor);
    await part(ws, conv.id, { message_type: "close" });
    await rate(ws, visitor, conv.id, { rating: 2 });
    const view = await (await call(`/api/conversations/${conv.id}`, { token: ws.token })).json<{ conversation_rating: unknown }>();
    expect(view.conversation_rating).toMatchObject({ rating: 2, remark: null, teammate: null });
  });

  it("is shown to the inbox through the admin endpoint", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const { id } = await closedConversation(ws, visitor);
    await rate(ws, visitor, id, { rating: 3 });
    const cookie = await adminCookie(ws);
    const answer = await call(`/admin/api/conversations/${id}/rating`, { headers: { cookie, origin: BASE } });
    expect(await answer.json()).toMatchObject({ conversation_rating: { rating: 3 } });
  });
});

describe("ratings in GET /admin/api/reports", () => {
  it("averages and counts the ratings per team and per admin, by day", async () => {
    const ws = await aWorkspace();
    const one = await boot(ws);
    const two = await boot(ws);
    const a = await closedConversation(ws, one);
    const b = await closedConversation(ws, two);
    await rate(ws, one, a.id, { rating: 5 });
    await rate(ws, two, b.id, { rating: 2 });
    const cookie = await adminCookie(ws);
    const report = await (await call("/admin/api/reports?days=7", { headers: { cookie } })).json<{
      ratings: { count: number; average: number; days: { count: number }[]; admins: { id: string; count: number; average: number }[]; teams: { id: string; count: number; average: number }[] };
    }>();
    const today = new Date().toISOString().slice(0, 10);
    expect(report.ratings).toMatchObject({ count: 2, average: 3.5, days: [{ date: today, count: 2, average: 3.5 }] });
    expect(report.ratings.admins).toContainEqual({ id: String(ws.ownerId), name: `Owner of ${ws.appId}`, count: 2, average: 3.5, days: [{ date: today, count: 2, average: 3.5 }] });
    expect(report.ratings.teams.find((t) => t.id === String(a.teamId))).toMatchObject({ count: 1, average: 5 });
    expect(report.ratings.teams.find((t) => t.id === String(b.teamId))).toMatchObject({ count: 1, average: 2 });
  });
});

describe("a rating after its conversation is deleted", () => {
  it("goes with the contact's conversations", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const { id } = await closedConversation(ws, visitor);
    await rate(ws, visitor, id, { rating: 4 });
    expect((await call(`/api/contacts/${visitor.visitorId}`, { method: "DELETE", token: ws.token })).status).toBe(200);
    expect(await env.DB.prepare("SELECT count(*) AS n FROM conversation_ratings WHERE conversation_id = ?").bind(Number(id)).first("n")).toBe(0);
  });
});
