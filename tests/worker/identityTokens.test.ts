import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { contacts, workspaces } from "../../worker/db/schema.ts";
import { base64UrlEncode, hmacBytes } from "../../worker/identity/hmac.ts";
import { signJwt } from "../../worker/identity/jwt.ts";
import { aWorkspace, BASE, call, db } from "./fixtures.ts";
import { adminCookie, boot, hashFor } from "./messenger.ts";

// Issue 12 item 3: JWT time claims, visitor tokens that can be revoked, secrets wrapped at rest.

const nowSeconds = () => Math.floor(Date.now() / 1000);
const list = (appId: string, token: string) => call(`/messenger/${appId}/conversations`, { headers: { authorization: `Bearer ${token}` } });

describe("POST /messenger/{app_id}/boot with intercom_user_jwt", () => {
  it("refuses a token without exp or iat, one not valid yet, and one long expired", async () => {
    const ws = await aWorkspace();
    const jwtBoot = async (claims: Record<string, unknown>) =>
      call(`/messenger/${ws.appId}/boot`, { method: "POST", json: { settings: { intercom_user_jwt: await signJwt("s3cret", { user_id: "u1", ...claims }) } } });
    expect((await jwtBoot({})).status).toBe(403);
    expect((await jwtBoot({ exp: nowSeconds() + 600, nbf: nowSeconds() + 300 })).status).toBe(403);
    expect((await jwtBoot({ exp: nowSeconds() - 120 })).status).toBe(403);
    expect((await jwtBoot({ exp: nowSeconds() + 600, nbf: nowSeconds() - 5 })).status).toBe(200);
  });
});

describe("visitor tokens", () => {
  it("stop working when the anonymous visitor becomes a user", async () => {
    const ws = await aWorkspace();
    const lead = await boot(ws);
    const user = await boot(ws, { user_id: "u-2", user_hash: await hashFor("u-2") }, lead.token);
    expect(user.visitorId).toBe(lead.visitorId);
    expect((await list(ws.appId, lead.token)).status).toBe(401);
    expect((await list(ws.appId, user.token)).status).toBe(200);
  });

  it("of verified users stop working when the owner rotates the identity secret", async () => {
    const ws = await aWorkspace();
    const user = await boot(ws, { user_id: "u-3", user_hash: await hashFor("u-3") });
    const lead = await boot(ws);
    const cookie = await adminCookie(ws);
    expect((await call("/admin/api/settings/identity/rotate", { method: "POST", headers: { cookie, origin: BASE } })).status).toBe(200);
    expect((await list(ws.appId, user.token)).status).toBe(401);
    expect((await list(ws.appId, lead.token)).status).toBe(200);
  });

  it("stop working when the contact is deleted", async () => {
    const ws = await aWorkspace();
    const lead = await boot(ws);
    expect((await call(`/api/contacts/${lead.visitorId}`, { method: "DELETE", token: ws.token })).status).toBe(200);
    expect((await list(ws.appId, lead.token)).status).toBe(401);
  });
});

describe("secrets at rest", () => {
  it("are wrapped in D1 once written by the Worker, while plain rows from before still verify", async () => {
    const ws = await aWorkspace();
    expect((await boot(ws, { user_id: "u-4", user_hash: await hashFor("u-4") })).visitorId).toBeTruthy();
    const cookie = await adminCookie(ws);
    const rotated = await (await call("/admin/api/settings/identity/rotate", { method: "POST", headers: { cookie, origin: BASE } })).json<{ secret: string }>();
    const row = await db().select().from(workspaces).where(eq(workspaces.id, ws.workspaceId)).get();
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(rotated.secret);
    expect(stored).not.toContain("s3cret");
    expect(row?.identitySecret).toMatch(/^sk1\./);
    expect(row?.visitorTokenKey).toMatch(/^sk1\./);
  });
});

describe("visitor tokens from before token generations", () => {
  it("still open an anonymous visitor's contact after the upgrade, and no verified one", async () => {
    const ws = await aWorkspace();
    const lead = await boot(ws);
    await db().update(workspaces).set({ visitorTokenSecret: "legacy-secret" }).where(eq(workspaces.id, ws.workspaceId)).run();
    await db().update(contacts).set({ tokenGeneration: 0 }).where(eq(contacts.id, lead.visitorId)).run();
    const body = `v1.${ws.workspaceId}.${lead.visitorId}.${nowSeconds() - 3600}`;
    const legacy = `${body}.${base64UrlEncode(await hmacBytes("legacy-secret", body))}`;
    expect((await list(ws.appId, legacy)).status).toBe(200);
    await db().update(contacts).set({ verifiedAt: nowSeconds() }).where(eq(contacts.id, lead.visitorId)).run();
    expect((await list(ws.appId, legacy)).status).toBe(401);
  });
});
