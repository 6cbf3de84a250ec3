import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { MAX_FAILURES } from "../../worker/identity/loginLimit.ts";
import { aWorkspace, BASE, call, errorCode } from "./fixtures.ts";

const origin = { origin: BASE };

async function login(email: string, password: string, headers: Record<string, string> = origin): Promise<Response> {
  return call("/admin/api/login", { method: "POST", json: { email, password }, headers: { "cf-connecting-ip": "203.0.113.7", ...headers } });
}

function cookieOf(response: Response): string {
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

describe("POST /admin/api/login", () => {
  it("signs in with the right password and sets an HttpOnly, SameSite=Lax session cookie", async () => {
    const ws = await aWorkspace();
    const response = await login(ws.ownerEmail.toUpperCase(), ws.password);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ admin: { email: ws.ownerEmail, role: "owner" }, workspace: { app_id: ws.appId } });
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^parley_session=ps_[A-Za-z0-9_-]+; Path=\/; HttpOnly; SameSite=Lax/);
    const session = await call("/admin/api/session", { headers: { cookie: cookieOf(response) } });
    expect(await session.json()).toMatchObject({ admin: { id: String(ws.ownerId) } });
  });

  it("uses the __Host- cookie with Secure over https", async () => {
    const ws = await aWorkspace();
    const response = await exports.default.fetch(
      new Request("https://parley.example/admin/api/login", {
        method: "POST",
        headers: { origin: "https://parley.example", "content-type": "application/json" },
        body: JSON.stringify({ email: ws.ownerEmail, password: ws.password }),
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toMatch(/^__Host-parley_session=ps_[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+; Secure$/);
  });

  it("refuses a wrong password with one message that does not reveal whether the email exists", async () => {
    const ws = await aWorkspace();
    const wrong = await login(ws.ownerEmail, "nope");
    const unknown = await login("nobody@nowhere.example", "nope");
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const messageOf = async (r: Response) => JSON.stringify((await r.json<{ errors: unknown }>()).errors);
    expect(await messageOf(wrong)).toBe(await messageOf(unknown));
  });

  it("locks out after 10 failures per email and address, even for the right password", async () => {
    const ws = await aWorkspace();
    for (let i = 0; i < MAX_FAILURES; i++) expect((await login(ws.ownerEmail, `wrong-${i}`)).status).toBe(401);
    const locked = await login(ws.ownerEmail, ws.password);
    expect(locked.status).toBe(429);
    expect(await errorCode(locked)).toBe("rate_limit_exceeded");
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    const otherAddress = await login(ws.ownerEmail, ws.password, { ...origin, "cf-connecting-ip": "198.51.100.1" });
    expect(otherAddress.status).toBe(200);
  });

  it("refuses a sign-in posted from another origin", async () => {
    const ws = await aWorkspace();
    const response = await login(ws.ownerEmail, ws.password, { origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe("forbidden");
  });
});

describe("session cookie on the REST API", () => {
  it("reads with the cookie but refuses cross-origin writes", async () => {
    const ws = await aWorkspace();
    const cookie = cookieOf(await login(ws.ownerEmail, ws.password));
    expect((await call("/api/me", { headers: { cookie } })).status).toBe(200);
    const crossSite = await call("/api/contacts", { method: "POST", json: { role: "lead" }, headers: { cookie, origin: "https://evil.example" } });
    expect(crossSite.status).toBe(403);
    const noOrigin = await call("/api/contacts", { method: "POST", json: { role: "lead" }, headers: { cookie } });
    expect(noOrigin.status).toBe(403);
    const sameOrigin = await call("/api/contacts", { method: "POST", json: { role: "lead" }, headers: { cookie, ...origin } });
    expect(sameOrigin.status).toBe(200);
  });
});

describe("POST /admin/api/logout", () => {
  it("ends the session so the cookie stops working", async () => {
    const ws = await aWorkspace();
    const cookie = cookieOf(await login(ws.ownerEmail, ws.password));
    const out = await call("/admin/api/logout", { method: "POST", headers: { cookie, ...origin } });
    expect(out.status).toBe(204);
    expect(out.headers.get("set-cookie")).toContain("Max-Age=0");
    expect((await call("/admin/api/session", { headers: { cookie } })).status).toBe(401);
    expect((await call("/api/me", { headers: { cookie } })).status).toBe(401);
  });
});
