import { describe, expect, it } from "vitest";
import { insertAdmin } from "../../worker/db/admins.ts";
import { hashPassword } from "../../worker/identity/password.ts";
import { aWorkspace, BASE, call, db } from "./fixtures.ts";
import { adminCookie, boot, room, startConversation } from "./messenger.ts";

const origin = { origin: BASE };

describe("teams management in the admin app", () => {
  it("lets an owner create, rename, staff and delete a team", async () => {
    const ws = await aWorkspace();
    const cookie = await adminCookie(ws);
    const created = await call("/admin/api/teams", { method: "POST", json: { name: "Billing" }, headers: { cookie, ...origin } });
    const team = await created.json<{ id: string }>();
    expect(await (await call(`/admin/api/teams/${team.id}`, { method: "PATCH", json: { name: "Invoices" }, headers: { cookie, ...origin } })).json()).toMatchObject({ name: "Invoices" });
    const staffed = await call(`/admin/api/teams/${team.id}/members/${ws.ownerId}`, { method: "PUT", headers: { cookie, ...origin } });
    expect(await staffed.json()).toMatchObject({ admin_ids: [String(ws.ownerId)] });
    const dupe = await call("/admin/api/teams", { method: "POST", json: { name: "Invoices" }, headers: { cookie, ...origin } });
    expect(dupe.status).toBe(409);
    expect((await call(`/admin/api/teams/${team.id}`, { method: "DELETE", headers: { cookie, ...origin } })).status).toBe(204);
    expect(await (await call("/api/teams", { token: ws.token })).json()).toEqual({ type: "team.list", teams: [] });
  });

  it("refuses team changes to admins who are not owners", async () => {
    const ws = await aWorkspace();
    const email = `plain@${ws.appId}.example`;
    await insertAdmin(db(), { workspaceId: ws.workspaceId, email, name: "Plain", passwordHash: await hashPassword("plain password", 1000), role: "admin", createdAt: 1 });
    const login = await call("/admin/api/login", { method: "POST", json: { email, password: "plain password" }, headers: origin });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect((await call("/admin/api/teams", { method: "POST", json: { name: "X" }, headers: { cookie, ...origin } })).status).toBe(403);
  });
});

describe("routing rules in the admin app", () => {
  it("saves an ordered list and refuses a rule with a bad condition or a foreign team", async () => {
    const ws = await aWorkspace();
    const other = await aWorkspace();
    const cookie = await adminCookie(ws);
    const team = await (await call("/admin/api/teams", { method: "POST", json: { name: "Sales" }, headers: { cookie, ...origin } })).json<{ id: string }>();
    const foreign = await (await call("/admin/api/teams", { method: "POST", json: { name: "Theirs" }, headers: { cookie: await adminCookie(other), ...origin } })).json<{ id: string }>();
    const save = (rules: unknown) => call("/admin/api/routing-rules", { method: "PUT", json: rules, headers: { cookie, ...origin } });
    const saved = await save([{ name: "Pricing", conditions: { words: ["pricing"], contact_rules: { field: "role", operator: "=", value: "lead" } }, team_id: team.id, assign_to_admin: true }]);
    expect(await saved.json()).toMatchObject({ data: [{ name: "Pricing", team_id: team.id, assign_to_admin: true }] });
    expect((await save([{ name: "Bad", conditions: { contact_rules: { field: "nope", operator: "=", value: 1 } }, team_id: team.id }])).status).toBe(400);
    expect((await save([{ name: "Foreign", conditions: {}, team_id: foreign.id }])).status).toBe(400);
  });
});

describe("GET /admin/api/reports", () => {
  it("counts conversations opened and closed per day and the median first response, by SQL", async () => {
    const ws = await aWorkspace();
    const cookie = await adminCookie(ws);
    const now = Math.floor(Date.now() / 1000);
    for (const delay of [60, 120, 600]) {
      const conv = await startConversation(ws, await boot(ws), "help");
      await room(ws, conv.id).post({ clientId: null, partType: "comment", author: { type: "admin", id: String(ws.ownerId), name: null }, body: "hi", createdAt: now + delay });
    }
    const report = await (await call("/admin/api/reports?days=7", { headers: { cookie } })).json<{ days: { opened: number }[]; median_first_response_seconds: number }>();
    expect(report.days.reduce((sum, d) => sum + d.opened, 0)).toBe(3);
    expect(report.median_first_response_seconds).toBeGreaterThanOrEqual(110);
    expect(report.median_first_response_seconds).toBeLessThanOrEqual(125);
  });
});
