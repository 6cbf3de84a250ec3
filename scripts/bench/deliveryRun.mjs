// One live in-app auto message matching N contacts, one scheduled run at time T under `wrangler
// dev`, and the clock until the last delivery is sent: shared by `npm run bench:deliveries` and
// tests/integration/deliveryQueue.test.ts. Contacts are written straight into the local D1 file
// with node:sqlite before the server starts (as bench:campaigns does); progress is read from the
// same file, read-only, while the queue works.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { startDevServer } from "../devServer.mjs";
import { applyMigrations } from "../localDb.mjs";
import { startProfile } from "./cpuProfile.mjs";

export const T = 1_900_000_000;

function databaseFile(persistTo) {
  const dir = join(persistTo, "v3", "d1", "miniflare-D1DatabaseObject");
  const file = readdirSync(dir).find((name) => name.endsWith(".sqlite") && name !== "metadata.sqlite");
  if (!file) throw new Error(`no D1 database under ${dir}`);
  return join(dir, file);
}

/** A fresh database: one workspace, its owner, one live in-app auto message, `total` matching contacts. */
export function seedDeliveries(persistTo, total, log = () => {}, seen = false) {
  applyMigrations(persistTo);
  const db = new DatabaseSync(databaseFile(persistTo));
  db.exec(`INSERT INTO workspaces (id, app_id, name, identity_secret, created_at, visitor_token_secret) VALUES (1, 'bench', 'Bench', 'x', ${T}, 'bench-secret');
INSERT INTO admins (id, workspace_id, email, name, role, created_at) VALUES (1, 1, 'owner@example.com', 'Owner', 'owner', ${T});
INSERT INTO auto_messages (id, workspace_id, title, channel, subject, body, from_admin_id, rules, state, created_at, updated_at) VALUES (1, 1, 'Welcome', 'in_app', NULL, 'Welcome aboard!', 1,
  '{"field":"custom_attributes.plan","operator":"=","value":"pro"}', 'live', ${T}, ${T});`);
  // `seen`: every contact has booted the messenger once, so each delivery also tells their channel.
  const contact = db.prepare("INSERT INTO contacts (id, workspace_id, role, name, custom_attributes, created_at, updated_at, last_seen_at) VALUES (?, 1, 'user', ?, '{\"plan\":\"pro\"}', ?, ?, ?)");
  for (let i = 0; i < total; i += 10_000) {
    db.exec("BEGIN");
    for (let j = i; j < Math.min(total, i + 10_000); j++) contact.run((0x60000000 + j).toString(16).padStart(8, "0") + j.toString(16).padStart(16, "0"), `Person ${j}`, T - 86_400, T - 86_400, seen ? T - 3_600 : null);
    db.exec("COMMIT");
    log(Math.min(total, i + 10_000), total);
  }
  db.exec("ANALYZE");
  db.close();
}

/**
 * CPU seconds (user + system) used so far by the processes of a process group whose name starts
 * with `workerd`: the runtime's whole work (Worker, Durable Objects, local D1 and queues), which
 * unlike wall time does not depend on what else loads the machine.
 */
export function workerdCpuSeconds(pgid) {
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // Fields after the name: state ppid pgrp … utime is the 12th, stime the 13th.
      if (Number(fields[2]) === pgid && comm.startsWith("workerd")) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / 100;
}

/** Milliseconds the profiled isolate spent running (every sample but idle). */
export function busyMs(profile) {
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === "(idle)").map((n) => n.id));
  return profile.samples.reduce((sum, id, i) => sum + (idle.has(id) ? 0 : (profile.timeDeltas[i] ?? 0)), 0) / 1000;
}

/** What the database says about the auto message's deliveries now. */
export function deliveryCounts(persistTo) {
  // The runtime writes the file meanwhile: wait out its locks rather than fail the run.
  const db = new DatabaseSync(databaseFile(persistTo), { readOnly: true, timeout: 10_000 });
  try {
    const row = db
      .prepare(
        `SELECT count(*) AS claimed, count(DISTINCT contact_id) AS contacts, sum(status = 'sent') AS sent, sum(status = 'failed') AS failed,
           count(DISTINCT conversation_id) AS conversations FROM deliveries WHERE auto_message_id = 1`,
      )
      .get();
    const started = db.prepare("SELECT count(*) AS n, count(DISTINCT source_client_id) AS keys FROM conversations WHERE workspace_id = 1").get();
    return { claimed: row.claimed, contacts: row.contacts, sent: row.sent ?? 0, failed: row.failed ?? 0, conversations: started.n, conversationKeys: started.keys };
  } finally {
    db.close();
  }
}

/**
 * Seeds, starts wrangler dev, triggers one scheduled run at T and waits (up to `timeoutMs`) until
 * every delivery is sent. Times are from the trigger: `runSeconds` until the scheduled handler
 * answered (claims and enqueueing), `lastSentSeconds` until the last delivery was sent.
 */
export async function measureDeliveries({ total, timeoutMs = 600_000, log = () => {}, progress = () => {}, profile = false, seen = false }) {
  const persistTo = mkdtempSync(join(tmpdir(), "parley-deliveries-"));
  try {
    seedDeliveries(persistTo, total, progress, seen);
    log(`starting wrangler dev over ${total.toLocaleString("en")} contacts`);
    const server = await startDevServer({ seed: null, persistTo });
    try {
      // The whole run under the inspector's CPU profiler when asked (it slows the isolate down).
      const stopProfile = profile ? await startProfile(server.inspectorPort) : null;
      const cpuBefore = workerdCpuSeconds(server.pid);
      const started = performance.now();
      const response = await fetch(`${server.url}/cdn-cgi/local/scheduled?cron=*+*+*+*+*&time=${T * 1000}`);
      const runSeconds = (performance.now() - started) / 1000;
      if (response.status !== 200) throw new Error(`scheduled run failed: ${response.status} ${await response.text()}`);
      let counts = deliveryCounts(persistTo);
      while (counts.sent + counts.failed < total && performance.now() - started < timeoutMs) {
        await new Promise((r) => setTimeout(r, 250));
        counts = deliveryCounts(persistTo);
        progress(counts.sent, total);
      }
      const lastSentSeconds = (performance.now() - started) / 1000;
      const workerdCpu = workerdCpuSeconds(server.pid) - cpuBefore;
      const cpuProfile = stopProfile ? await stopProfile() : null;
      return { total, runSeconds, lastSentSeconds, perSecond: counts.sent / lastSentSeconds, ...counts, workerdCpu, cpuProfile };
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(persistTo, { recursive: true, force: true });
  }
}

/** The floor: the same queue settings, enqueue `total` and consume them with no work. */
export async function measureBareQueue({ total, timeoutMs = 600_000, log = () => {} }) {
  log(`starting the bare queue for ${total.toLocaleString("en")} messages`);
  const server = await startDevServer({ config: "scripts/bench/floor/queue.wrangler.toml", seed: null, readyPath: "/status", isUp: (r) => r.ok });
  try {
    const cpuBefore = workerdCpuSeconds(server.pid);
    const started = performance.now();
    const response = await fetch(`${server.url}/start?n=${total}`, { method: "POST" });
    const runSeconds = (performance.now() - started) / 1000;
    if (!response.ok) throw new Error(`bare queue failed: ${response.status}`);
    let status = { consumed: 0 };
    while (status.consumed < total && performance.now() - started < timeoutMs) {
      await new Promise((r) => setTimeout(r, 100));
      status = await (await fetch(`${server.url}/status`)).json();
    }
    const lastSentSeconds = (performance.now() - started) / 1000;
    return { total, runSeconds, lastSentSeconds, perSecond: status.consumed / lastSentSeconds, sent: status.consumed, workerdCpu: workerdCpuSeconds(server.pid) - cpuBefore };
  } finally {
    await server.stop();
  }
}
