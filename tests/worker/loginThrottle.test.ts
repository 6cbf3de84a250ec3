import { describe, expect, it } from "vitest";
import { ADDRESS_FAILURES } from "../../worker/admin/loginThrottle.ts";
import { MAX_FAILURES } from "../../worker/identity/loginLimit.ts";
import { aWorkspace, BASE, call } from "./fixtures.ts";

// Issue 12, item 7: the attempt is counted before the password is checked, and one address has
// a budget across every email it tries.

function login(email: string, password: string, ip: string): Promise<Response> {
  return call("/admin/api/login", { method: "POST", json: { email, password }, headers: { origin: BASE, "cf-connecting-ip": ip } });
}

describe("POST /admin/api/login throttle", () => {
  it("checks no more than the allowed number of parallel guesses", async () => {
    const ws = await aWorkspace();
    const statuses = await Promise.all(Array.from({ length: 40 }, (_, i) => login(ws.ownerEmail, `guess-${i}`, "203.0.113.40").then((r) => r.status)));
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(MAX_FAILURES);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(40 - MAX_FAILURES);
  });

  it("limits one address across many emails, even for a right password", async () => {
    const ws = await aWorkspace();
    const ip = "203.0.113.41";
    for (let i = 0; i < ADDRESS_FAILURES; i++) expect((await login(`nobody-${i}@${ws.appId}.example`, "guess", ip)).status).toBe(401);
    const refused = await login(ws.ownerEmail, ws.password, ip);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await login(ws.ownerEmail, ws.password, "203.0.113.42")).status).toBe(200);
  }, 60_000);

  it("does not count a successful sign-in against the address", async () => {
    const ws = await aWorkspace();
    const ip = "203.0.113.43";
    for (let i = 0; i < ADDRESS_FAILURES + 2; i++) expect((await login(ws.ownerEmail, ws.password, ip)).status).toBe(200);
  }, 60_000);
});
