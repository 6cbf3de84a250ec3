import { describe, expect, it } from "vitest";
import { insertAdmin } from "../../worker/db/admins.ts";
import { hashPassword } from "../../worker/identity/password.ts";
import { userHash } from "../../worker/identity/userHash.ts";
import { aWorkspace, BASE, call, db, type TestWorkspace } from "./fixtures.ts";
import { adminCookie, boot, hashFor, startConversation } from "./messenger.ts";

// Issue 12 item 1: the owner can switch enforcement on and rotate the secret; with it off, an
// unsigned boot never receives the conversations of a contact that was ever verified.

async function asOwner(ws: TestWorkspace) {
  const cookie = await adminCookie(ws);
  return (path: string, init: RequestInit & { json?: unknown } = {}) => call(path, { ...init, headers: { cookie, origin: BASE, ...init.headers } });
}

const bootRaw = (ws: TestWorkspace, settings: Record<string, unknown>, token?: string) =>
  call(`/messenger/${ws.appId}/boot`, { method: "POST", json: { settings: { app_id: ws.appId, ...settings }, token } });

describe("PUT /admin/api/settings/identity", () => {
  it("lets the owner enforce verification, after which an unsigned boot is refused", async () => {
    const ws = await aWorkspace();
    const owner = await asOwner(ws);
    expect(await (await owner("/admin/api/settings/identity")).json()).toMatchObject({ enforced: false });
    expect((await bootRaw(ws, { user_id: "u1" })).status).toBe(200);
    const put = await owner("/admin/api/settings/identity", { method: "PUT", json: { enforced: true } });
    expect(await put.json()).toMatchObject({ enforced: true });
    expect((await bootRaw(ws, { user_id: "u1" })).status).toBe(403);
    expect((await bootRaw(ws, { user_id: "u1", user_hash: await hashFor("u1") })).status).toBe(200);
  });

  it("is refused to admins who are not owners", async () => {
    const ws = await aWorkspace();
    await insertAdmin(db(), { workspaceId: ws.workspaceId, email: "agent@example.com", name: "Agent", passwordHash: await hashPassword("agent password", 1000), role: "admin", createdAt: 1 });
    const login = await call("/admin/api/login", { method: "POST", json: { email: "agent@example.com", password: "agent password", app_id: ws.appId }, headers: { origin: BASE } });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const headers = { cookie, origin: BASE };
    expect((await call("/admin/api/settings/identity", { method: "PUT", json: { enforced: true }, headers })).status).toBe(403);
    expect((await call("/admin/api/settings/identity/secret", { method: "POST", headers })).status).toBe(403);
    expect((await call("/admin/api/settings/identity/rotate", { method: "POST", headers })).status).toBe(403);
  });
});

describe("POST /admin/api/settings/identity/secret", () => {
  it("shows the secret only on demand, never with the settings", async () => {
    const ws = await aWorkspace();
    const owner = await asOwner(ws);
    expect(await (await owner("/admin/api/settings/identity")).text()).not.toContain("s3cret");
    expect(await (await owner("/admin/api/settings/identity/secret", { method: "POST" })).json()).toMatchObject({ secret: "s3cret", previous_secret: null });
  });
});

describe("POST /admin/api/settings/identity/rotate", () => {
  it("issues a new secret and keeps accepting the old one during the grace period", async () => {
    const ws = await aWorkspace();
    const owner = await asOwner(ws);
    const rotated = await owner("/admin/api/settings/identity/rotate", { method: "POST" });
    const body = await rotated.json<{ secret: string; previous_secret_valid_until: number }>();
    expect(body.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(body.previous_secret_valid_until).toBeGreaterThan(Date.now() / 1000 + 23 * 3600);
    expect((await bootRaw(ws, { user_id: "u1", user_hash: await userHash(body.secret, "u1") })).status).toBe(200);
    expect((await bootRaw(ws, { user_id: "u1", user_hash: await hashFor("u1") })).status).toBe(200);
    expect((await bootRaw(ws, { user_id: "u1", user_hash: await userHash("guess", "u1") })).status).toBe(403);
    expect(await (await owner("/admin/api/settings/identity/secret", { method: "POST" })).json()).toEqual({ secret: body.secret, previous_secret: "s3cret" });
  });
});

describe("POST /messenger/{app_id}/boot without enforcement", () => {
  it("never hands a verified contact's conversations to an unsigned boot naming its email", async () => {
    const ws = await aWorkspace();
    const ceo = await boot(ws, { email: "ceo@customer.com", user_hash: await hashFor("ceo@customer.com") });
    await startConversation(ws, ceo, "board matters");
    const intruder = await boot(ws, { email: "ceo@customer.com" });
    expect(intruder.visitorId).not.toBe(ceo.visitorId);
    expect(intruder.body.conversations).toEqual([]);
  });

  it("never hands a verified contact's conversations to an unsigned boot naming its user_id", async () => {
    const ws = await aWorkspace();
    const user = await boot(ws, { user_id: "u-7", user_hash: await hashFor("u-7") });
    await startConversation(ws, user, "private");
    const intruder = await boot(ws, { user_id: "u-7" });
    expect(intruder.visitorId).not.toBe(user.visitorId);
    expect(intruder.body.conversations).toEqual([]);
  });

  it("still creates and updates contacts nobody verified", async () => {
    const ws = await aWorkspace();
    const first = await boot(ws, { user_id: "u-8", name: "Ada" });
    const again = await boot(ws, { user_id: "u-8", name: "Ada L." });
    expect(again.visitorId).toBe(first.visitorId);
    expect(again.body.contact).toMatchObject({ role: "user", name: "Ada L." });
  });

  it("revokes tokens an unsigned boot earned once the contact is verified", async () => {
    const ws = await aWorkspace();
    const early = await boot(ws, { user_id: "u-9" });
    await boot(ws, { user_id: "u-9", user_hash: await hashFor("u-9") });
    expect((await call(`/messenger/${ws.appId}/conversations`, { headers: { authorization: `Bearer ${early.token}` } })).status).toBe(401);
  });
});

describe("turning enforcement on", () => {
  it("stops visitor tokens that unsigned boots earned for users, not those of anonymous visitors", async () => {
    const ws = await aWorkspace();
    const owner = await asOwner(ws);
    const unsigned = await boot(ws, { user_id: "u-10" });
    const signed = await boot(ws, { user_id: "u-11", user_hash: await hashFor("u-11") });
    const lead = await boot(ws);
    await owner("/admin/api/settings/identity", { method: "PUT", json: { enforced: true } });
    const list = (v: { token: string }) => call(`/messenger/${ws.appId}/conversations`, { headers: { authorization: `Bearer ${v.token}` } });
    expect((await list(unsigned)).status).toBe(401);
    expect((await list(signed)).status).toBe(200);
    expect((await list(lead)).status).toBe(200);
  });
});
