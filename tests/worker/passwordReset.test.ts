import { describe, expect, it } from "vitest";
import { insertPasswordReset } from "../../worker/db/passwordResets.ts";
import { outboxOf } from "../../worker/db/deliveries.ts";
import { RESETS_PER_HOUR } from "../../worker/admin/passwordReset.ts";
import { sha256Hex } from "../../worker/identity/secrets.ts";
import { aWorkspace, BASE, call, db, errorCode, type TestWorkspace } from "./fixtures.ts";

let address = 0;
/** Each test its own client address, so the per-address budget of one test does not spill into another. */
const anAddress = () => `198.51.100.${(address++ % 250) + 1}`;
const now = () => Math.floor(Date.now() / 1000);

function post(path: string, json: unknown, ip: string): Promise<Response> {
  return call(path, { method: "POST", json, headers: { origin: BASE, "cf-connecting-ip": ip } });
}

async function aLink(ws: TestWorkspace, expiresIn = 3600): Promise<string> {
  const token = `pr_test_${crypto.randomUUID()}`;
  await insertPasswordReset(db(), { workspaceId: ws.workspaceId, adminId: ws.ownerId, tokenHash: await sha256Hex(token), createdAt: now(), expiresAt: now() + expiresIn });
  return token;
}

const login = (email: string, password: string) => post("/admin/api/login", { email, password }, anAddress());

describe("POST /admin/api/password-reset", () => {
  it("emails the account a one-time link and keeps no copy of the link in the outbox", async () => {
    const ws = await aWorkspace();
    const response = await post("/admin/api/password-reset", { email: ws.ownerEmail.toUpperCase() }, anAddress());
    expect(response.status).toBe(200);
    const sent = await outboxOf(db(), ws.workspaceId, 10);
    expect(sent.map((e) => e.recipient)).toEqual([ws.ownerEmail]);
    expect(sent[0]?.subject).toMatch(/Reset your .* password/);
    expect(sent[0]?.text).not.toContain("#reset=");
  });

  it("answers an unknown email exactly as a known one", async () => {
    const ws = await aWorkspace();
    const known = await post("/admin/api/password-reset", { email: ws.ownerEmail }, anAddress());
    const unknown = await post("/admin/api/password-reset", { email: "nobody@nowhere.example" }, anAddress());
    expect(unknown.status).toBe(known.status);
    expect(await unknown.text()).toBe(await known.text());
  });

  it(`sends one account at most ${RESETS_PER_HOUR} links an hour`, async () => {
    const ws = await aWorkspace();
    for (let i = 0; i < RESETS_PER_HOUR + 2; i++) expect((await post("/admin/api/password-reset", { email: ws.ownerEmail }, anAddress())).status).toBe(200);
    expect((await outboxOf(db(), ws.workspaceId, 10)).length).toBe(RESETS_PER_HOUR);
  });

  it("refuses an address that keeps asking", async () => {
    const ip = anAddress();
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await post("/admin/api/password-reset", { email: `someone${i}@nowhere.example` }, ip)).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.at(-1)).toBe(429);
  });

  it("refuses a request from another origin", async () => {
    const ws = await aWorkspace();
    const response = await call("/admin/api/password-reset", { method: "POST", json: { email: ws.ownerEmail }, headers: { origin: "https://evil.example" } });
    expect(response.status).toBe(403);
  });
});

describe("POST /admin/api/password-reset/complete", () => {
  it("sets the new password, ends the old sessions and signs this browser in", async () => {
    const ws = await aWorkspace();
    const before = await login(ws.ownerEmail, ws.password);
    const oldCookie = (before.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const response = await post("/admin/api/password-reset/complete", { token: await aLink(ws), password: "a brand new password" }, anAddress());
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toMatch(/parley_session=ps_/);
    expect((await call("/admin/api/session", { headers: { cookie: oldCookie } })).status).toBe(401);
    expect((await login(ws.ownerEmail, ws.password)).status).toBe(401);
    expect((await login(ws.ownerEmail, "a brand new password")).status).toBe(200);
  });

  it("works once per link", async () => {
    const ws = await aWorkspace();
    const token = await aLink(ws);
    expect((await post("/admin/api/password-reset/complete", { token, password: "first new password" }, anAddress())).status).toBe(200);
    const again = await post("/admin/api/password-reset/complete", { token, password: "second new password" }, anAddress());
    expect(again.status).toBe(403);
    expect((await login(ws.ownerEmail, "second new password")).status).toBe(401);
  });

  it("refuses an expired link and an unknown one alike", async () => {
    const ws = await aWorkspace();
    const expired = await post("/admin/api/password-reset/complete", { token: await aLink(ws, -1), password: "a brand new password" }, anAddress());
    const unknown = await post("/admin/api/password-reset/complete", { token: "pr_not_a_real_token", password: "a brand new password" }, anAddress());
    expect(expired.status).toBe(403);
    expect(await errorCode(unknown)).toBe(await errorCode(expired));
  });

  it("refuses a password shorter than ten characters without spending the link", async () => {
    const ws = await aWorkspace();
    const token = await aLink(ws);
    expect((await post("/admin/api/password-reset/complete", { token, password: "short" }, anAddress())).status).toBe(400);
    expect((await post("/admin/api/password-reset/complete", { token, password: "long enough now" }, anAddress())).status).toBe(200);
  });
});
