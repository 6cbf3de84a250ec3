import { describe, expect, it } from "vitest";
import { insertAdmin } from "../../worker/db/admins.ts";
import { hashPassword } from "../../worker/identity/password.ts";
import { aWorkspace, BASE, call, db, errorCode, type TestWorkspace } from "./fixtures.ts";

const origin = { origin: BASE };

async function signIn(email: string, password: string): Promise<string> {
  const response = await call("/admin/api/login", { method: "POST", json: { email, password }, headers: origin });
  expect(response.status).toBe(200);
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

async function anAdmin(ws: TestWorkspace): Promise<string> {
  const email = `admin@${ws.appId}.example`;
  await insertAdmin(db(), { workspaceId: ws.workspaceId, email, name: "Plain Admin", passwordHash: await hashPassword("plain password", 1000), role: "admin", createdAt: 1 });
  return signIn(email, "plain password");
}

describe("API tokens in the admin app", () => {
  it("lets an owner create a token that works once and is stored only as a hash", async () => {
    const ws = await aWorkspace();
    const cookie = await signIn(ws.ownerEmail, ws.password);
    const created = await call("/admin/api/tokens", { method: "POST", json: { name: "Zapier" }, headers: { cookie, ...origin } });
    expect(created.status).toBe(200);
    const body: { secret: string; token: { id: string; hint: string } } = await created.json();
    expect(body.secret).toMatch(/^parley_/);
    expect((await call("/api/me", { token: body.secret })).status).toBe(200);
    const list = await (await call("/admin/api/tokens", { headers: { cookie } })).text();
    expect(list).not.toContain(body.secret);
    expect(list).toContain(body.token.hint);
  });

  it("refuses token management to admins who are not owners", async () => {
    const ws = await aWorkspace();
    const cookie = await anAdmin(ws);
    const response = await call("/admin/api/tokens", { method: "POST", json: { name: "x" }, headers: { cookie, ...origin } });
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe("forbidden");
  });

  it("does not accept an API token in place of the session", async () => {
    const ws = await aWorkspace();
    const response = await call("/admin/api/tokens", { token: ws.token });
    expect(response.status).toBe(401);
  });

  it("cannot revoke another workspace's token", async () => {
    const a = await aWorkspace();
    const b = await aWorkspace();
    const cookie = await signIn(a.ownerEmail, a.password);
    expect((await call(`/admin/api/tokens/${b.tokenId}`, { method: "DELETE", headers: { cookie, ...origin } })).status).toBe(404);
    expect((await call("/api/me", { token: b.token })).status).toBe(200);
  });
});

describe("admin invitations", () => {
  it("invites by a one-time link that creates the admin and signs them in", async () => {
    const ws = await aWorkspace();
    const cookie = await signIn(ws.ownerEmail, ws.password);
    const invited = await call("/admin/api/invites", { method: "POST", json: { email: "New@Example.com", role: "admin" }, headers: { cookie, ...origin } });
    expect(invited.status).toBe(200);
    const { url }: { url: string } = await invited.json();
    const token = new URL(url).hash.replace("#invite=", "");
    expect(url).toMatch(/\/admin\/#invite=pi_/);

    const lookup = await call("/admin/api/invites/lookup", { method: "POST", json: { token }, headers: origin });
    expect(await lookup.json()).toMatchObject({ email: "new@example.com", workspace: { app_id: ws.appId } });

    const short = await call("/admin/api/invites/accept", { method: "POST", json: { token, name: "Newt", password: "short" }, headers: origin });
    expect(short.status).toBe(400);

    const accepted = await call("/admin/api/invites/accept", { method: "POST", json: { token, name: "Newt", password: "a long password" }, headers: origin });
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toMatchObject({ admin: { name: "Newt", email: "new@example.com", role: "admin" } });
    expect(accepted.headers.get("set-cookie")).toContain("parley_session=");

    const again = await call("/admin/api/invites/accept", { method: "POST", json: { token, name: "Twice", password: "a long password" }, headers: origin });
    expect(again.status).toBe(404);
    expect((await signIn("new@example.com", "a long password")).length).toBeGreaterThan(0);
  });

  it("refuses to invite someone who is already an admin", async () => {
    const ws = await aWorkspace();
    const cookie = await signIn(ws.ownerEmail, ws.password);
    const response = await call("/admin/api/invites", { method: "POST", json: { email: ws.ownerEmail }, headers: { cookie, ...origin } });
    expect(response.status).toBe(409);
  });
});
