import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../scripts/localDb.mjs";
import { seedDemo } from "../../scripts/seed.mjs";

export interface Demo {
  email: string;
  password: string;
  apiToken: string;
  identitySecret: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    demo: Demo;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${url}/api/me`);
      if (response.status === 401) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`wrangler dev did not answer within 90 s:\n${log()}`);
}

/** Starts the real app (`wrangler dev` over a fresh local database) on a free port for e2e tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const persistTo = mkdtempSync(join(tmpdir(), "parley-e2e-"));
  const demoEnv = { PARLEY_ADMIN_PASSWORD: "e2e-password-123", PARLEY_API_TOKEN: "parley_e2e_token_0123456789", PARLEY_IDENTITY_SECRET: "e2e-identity-secret" };
  applyMigrations(persistTo);
  const creds = seedDemo({ persistTo, env: { ...process.env, ...demoEnv } });
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = "";
  const child = spawn(
    "npx",
    ["wrangler", "dev", "--ip", "127.0.0.1", "--port", String(port), "--inspector-port", String(inspectorPort), "--persist-to", persistTo, "--show-interactive-dev-session=false", "--log-level", "warn"],
    { detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "1" } },
  );
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const stop = async () => {
    if (child.pid && child.exitCode === null) {
      process.kill(-child.pid, "SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
    rmSync(persistTo, { recursive: true, force: true });
  };
  try {
    await waitUntilServing(baseUrl, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  project.provide("baseUrl", baseUrl);
  project.provide("demo", { email: "owner@example.com", password: creds.password, apiToken: creds.apiToken, identitySecret: creds.identitySecret });
  return stop;
}
