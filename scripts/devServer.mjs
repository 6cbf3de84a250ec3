// Starts `wrangler dev` on a free loopback port over a fresh local database, for tests and
// benchmarks; returns its URL and a stop function that also removes the database.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyMigrations } from "./localDb.mjs";
import { seedDemo } from "./seed.mjs";

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function waitUntil(url, isUp, child, log) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}:\n${log()}`);
    try {
      if (isUp(await fetch(url))) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`wrangler dev did not answer within 90 s:\n${log()}`);
}

/**
 * `persistTo` and `port` restart a server on the state of an earlier one (scripts/chaos.mjs); a given
 * directory is the caller's to remove.
 * @param {{ config?: string, seed?: Record<string,string> | null, readyPath?: string, isUp?: (r: Response) => boolean, vars?: Record<string,string>, persistTo?: string, port?: number }} options
 */
export async function startDevServer({ config, seed = {}, readyPath = "/api/me", isUp = (r) => r.status === 401, vars = {}, persistTo: givenDir, port: givenPort } = {}) {
  const persistTo = givenDir ?? mkdtempSync(join(tmpdir(), "parley-dev-"));
  let creds = null;
  if (seed !== null) {
    applyMigrations(persistTo);
    creds = seedDemo({ persistTo, env: { ...process.env, ...seed } });
  }
  const [port, inspectorPort] = [givenPort ?? (await freePort()), await freePort()];
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  // Without a config: the app plus the help center's draft-preview Worker it reaches by service binding.
  const configs = config ? ["-c", config] : ["-c", "wrangler.toml", "-c", "wrangler.preview.toml"];
  const args = ["wrangler", "dev", ...configs, "--ip", "127.0.0.1", "--port", String(port), "--inspector-port", String(inspectorPort), "--persist-to", persistTo, "--show-interactive-dev-session=false", "--log-level", "warn", ...Object.entries({ PARLEY_LOCAL_DEV: "1", ...vars }).flatMap(([k, v]) => ["--var", `${k}:${v}`])];
  // wrangler dev records every invocation's trace in a store inside the same workerd (local
  // observability): CPU and memory that no deployment has. Tests, benches and the soak leave it
  // off; X_LOCAL_OBSERVABILITY=true turns it back on.
  const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "1", X_LOCAL_OBSERVABILITY: process.env.X_LOCAL_OBSERVABILITY ?? "false" };
  const child = spawn("npx", args, { detached: true, stdio: ["ignore", "pipe", "pipe"], env });
  child.stdout.on("data", (d) => (output += d.toString()));
  child.stderr.on("data", (d) => (output += d.toString()));
  const stop = async () => {
    if (child.pid && child.exitCode === null) {
      process.kill(-child.pid, "SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
    if (!givenDir) rmSync(persistTo, { recursive: true, force: true });
  };
  /** SIGKILL to the whole process group (wrangler and workerd): a crash, not a shutdown. */
  const kill = async () => {
    if (child.pid && child.exitCode === null) {
      process.kill(-child.pid, "SIGKILL");
      await new Promise((r) => child.once("exit", r));
    }
  };
  try {
    await waitUntil(`${url}${readyPath}`, isUp, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, creds, stop, kill, inspectorPort, pid: child.pid, persistTo, port, output: () => output };
}
