import { describe, expect, it } from "vitest";
import { aTeam, aWorkspace, BASE, call, errorCode } from "./fixtures.ts";
import { adminCookie } from "./messenger.ts";

const origin = { origin: BASE };

describe("saved replies in the admin app", () => {
  it("creates, lists by name, edits and deletes a workspace's saved replies", async () => {
    const ws = await aWorkspace();
    const cookie = await adminCookie(ws);
    const teamId = await aTeam(ws, "Support", [ws.ownerId]);
    const send = (method: string, path: string, json?: unknown) => call(`/admin/api/saved-replies${path}`, { method, json, headers: { cookie, ...origin } });
    const created = await send("POST", "", {
      name: "Thanks",
      body: "Thanks {{contact.name | there}}! — {{admin.name}}",
      actions: [{ type: "close" }, { type: "assign", assignee_type: "team", assignee_id: String(teamId) }, { type: "tag", name: "happy" }],
    });
    expect(created.status, await created.clone().text()).toBe(200);
    const reply = await created.json<{ id: string }>();
    await send("POST", "", { name: "apology", body: "Sorry about that." });
    const list = await (await send("GET", "")).json<{ data: { name: string; actions: unknown[] }[] }>();
    expect(list.data.map((r) => r.name)).toEqual(["apology", "Thanks"]);
    expect(list.data[1]?.actions).toEqual([{ type: "close" }, { type: "assign", assignee_type: "team", assignee_id: String(teamId) }, { type: "tag", name: "happy" }]);
    const edited = await send("PUT", `/${reply.id}`, { name: "Thanks!", body: "Cheers", actions: [] });
    expect(await edited.json()).toMatchObject({ type: "saved_reply", id: reply.id, name: "Thanks!", body: "Cheers", actions: [] });
    expect((await send("DELETE", `/${reply.id}`)).status).toBe(204);
    expect((await send("DELETE", `/${reply.id}`)).status).toBe(404);
  });

  it("refuses unknown placeholders, a repeated action and an assignee from elsewhere", async () => {
    const ws = await aWorkspace();
    const other = await aWorkspace();
    const cookie = await adminCookie(ws);
    const foreignTeam = await aTeam(other, "Theirs", [other.ownerId]);
    const post = (json: unknown) => call("/admin/api/saved-replies", { method: "POST", json, headers: { cookie, ...origin } });
    const unknown = await post({ name: "x", body: "Your order {{order.id}}" });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain("{{order.id}}");
    expect(await errorCode(await post({ name: "x", body: "y", actions: [{ type: "close" }, { type: "close" }] }))).toBe("parameter_invalid");
    expect((await post({ name: "x", body: "y", actions: [{ type: "assign", assignee_type: "team", assignee_id: String(foreignTeam) }] })).status).toBe(400);
  });

  it("keeps each workspace's replies to itself", async () => {
    const ws = await aWorkspace();
    const other = await aWorkspace();
    const mine = await adminCookie(ws);
    const theirs = await adminCookie(other);
    const reply = await (await call("/admin/api/saved-replies", { method: "POST", json: { name: "a", body: "b" }, headers: { cookie: mine, ...origin } })).json<{ id: string }>();
    expect(await (await call("/admin/api/saved-replies", { headers: { cookie: theirs } })).json()).toEqual({ type: "list", data: [] });
    const edit = await call(`/admin/api/saved-replies/${reply.id}`, { method: "PUT", json: { name: "c", body: "d" }, headers: { cookie: theirs, ...origin } });
    expect(edit.status).toBe(404);
    expect((await call(`/admin/api/saved-replies/${reply.id}`, { method: "DELETE", headers: { cookie: theirs, ...origin } })).status).toBe(404);
  });

  it("needs a signed-in admin", async () => {
    const ws = await aWorkspace();
    expect((await call("/admin/api/saved-replies", { token: ws.token })).status).toBe(401);
  });
});
