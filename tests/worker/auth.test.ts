import { describe, expect, it } from "vitest";
import { aWorkspace, call, errorCode } from "./fixtures.ts";

describe("API authentication", () => {
  it("refuses a request without credentials with an error.list", async () => {
    const response = await call("/api/me");
    expect(response.status).toBe(401);
    const body = await response.json();
    expect(body).toMatchObject({ type: "error.list", errors: [{ code: "unauthorized" }] });
    expect(body).toHaveProperty("request_id");
  });

  it("refuses a wrong token", async () => {
    const response = await call("/api/me", { token: "parley_wrong" });
    expect(response.status).toBe(401);
    expect(await errorCode(response)).toBe("unauthorized");
  });

  it("accepts a Bearer token and answers as its admin", async () => {
    const ws = await aWorkspace();
    const response = await call("/api/me", { token: ws.token });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ type: "admin", id: String(ws.ownerId), email: ws.ownerEmail, app: { type: "app", id_code: ws.appId } });
  });

  it("accepts HTTP Basic with the token as the user name", async () => {
    const ws = await aWorkspace();
    const response = await call("/api/me", { headers: { authorization: `Basic ${btoa(`${ws.token}:`)}` } });
    expect(response.status).toBe(200);
  });

  it("refuses HTTP Basic with a wrong token", async () => {
    const response = await call("/api/me", { headers: { authorization: `Basic ${btoa("parley_wrong:")}` } });
    expect(response.status).toBe(401);
  });

  it("accepts and ignores the Intercom-Version header", async () => {
    const ws = await aWorkspace();
    const response = await call("/api/me", { token: ws.token, headers: { "intercom-version": "2.14" } });
    expect(response.status).toBe(200);
  });

  it("refuses a revoked token", async () => {
    const ws = await aWorkspace();
    expect((await call("/api/me", { token: ws.token })).status).toBe(200);
    const login = await call("/admin/api/login", { method: "POST", json: { email: ws.ownerEmail, password: ws.password }, headers: { origin: "http://127.0.0.1:8787" } });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const revoke = await call(`/admin/api/tokens/${ws.tokenId}`, { method: "DELETE", headers: { cookie, origin: "http://127.0.0.1:8787" } });
    expect(revoke.status).toBe(204);
    const response = await call("/api/me", { token: ws.token });
    expect(response.status).toBe(401);
    expect(await errorCode(response)).toBe("unauthorized");
  });

  it("answers unknown API paths with not_found in the error shape", async () => {
    const ws = await aWorkspace();
    const response = await call("/api/nothing-here", { token: ws.token });
    expect(response.status).toBe(404);
    expect(await errorCode(response)).toBe("not_found");
  });
});
