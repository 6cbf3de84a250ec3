import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it } from "vitest";
import { devD1, devFaultsEnabled, setDevFaults } from "../../worker/db/devFaults.ts";
import { aWorkspace, call, errorCode } from "./fixtures.ts";

const CHAOS = { PARLEY_CHAOS: "1", PARLEY_LOCAL_DEV: "1", PARLEY_ENV: "development" };

afterEach(() => setDevFaults({ delayMs: 0, failRate: 0 }));

describe("POST /api/__dev/chaos", () => {
  it("is a 404 in a Worker not started by npm run chaos, even for a valid token", async () => {
    const ws = await aWorkspace();
    const response = await call("/api/__dev/chaos", { method: "POST", token: ws.token, json: { faults: { delay_ms: 0, fail_rate: 1 } } });
    expect(response.status).toBe(404);
    expect(await errorCode(response)).toBe("not_found");
    // The refused call switched nothing on: writes still succeed.
    await expect(env.DB.prepare("INSERT INTO tags (workspace_id, name, created_at) VALUES (?, 'after-refused-chaos', 0)").bind(ws.workspaceId).run()).resolves.toBeDefined();
  });
});

describe("devFaultsEnabled", () => {
  it("needs the chaos switch, local dev and the development environment together", () => {
    expect(devFaultsEnabled(CHAOS)).toBe(true);
    expect(devFaultsEnabled({ ...CHAOS, PARLEY_CHAOS: undefined })).toBe(false);
    expect(devFaultsEnabled({ ...CHAOS, PARLEY_LOCAL_DEV: undefined })).toBe(false);
    expect(devFaultsEnabled({ ...CHAOS, PARLEY_ENV: "production" })).toBe(false);
  });
});

describe("devD1", () => {
  it("hands back the binding itself when chaos is off, whatever the faults say", () => {
    setDevFaults({ delayMs: 0, failRate: 1 });
    expect(devD1({ DB: env.DB, PARLEY_ENV: "development" })).toBe(env.DB);
  });

  it("fails writes, single or batched, at the fault rate, and leaves reads alone", async () => {
    const ws = await aWorkspace();
    const d1 = devD1({ DB: env.DB, ...CHAOS });
    setDevFaults({ delayMs: 0, failRate: 1 });
    const insert = d1.prepare("INSERT INTO tags (workspace_id, name, created_at) VALUES (?, 'chaos', 0)").bind(ws.workspaceId);
    await expect(insert.run()).rejects.toThrow(/injected fault/);
    await expect(d1.batch([insert])).rejects.toThrow(/injected fault/);
    expect(await d1.prepare("SELECT count(*) AS n FROM tags WHERE workspace_id = ?").bind(ws.workspaceId).first("n")).toBe(0);
    setDevFaults({ delayMs: 0, failRate: 0 });
    await d1.batch([insert]);
    expect(await d1.prepare("SELECT count(*) AS n FROM tags WHERE workspace_id = ?").bind(ws.workspaceId).first("n")).toBe(1);
  });
});
