// `npm run bench:campaigns`: one scheduled run of a live campaign with 100,000 enrolled contacts,
// the real Worker under `wrangler dev` over a local D1 seeded here with node:sqlite, printing the
// run's time and the rows D1 read (counted by the run itself when PARLEY_COUNT_ROWS is set).
//
// The population: everyone signed up within 30 days and is enrolled; everyone got message 1
// yesterday (so the 2-day throttle holds them) except ~300 who got it 3 days ago and are
// due message 2; ~1,000 have passed 20 web sessions and exit as goal_reached. The run must
// still look at all 100,000 (goal and exit come before the throttle), which is what is measured.
// The ~300 sends are claimed by the run (the count below) and, past the run's first 25, handed to
// the delivery queue (docs/engage.md "Delivery at scale"): the time is the run's, not the sending's.
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { spawn } from "node:child_process";
import { freePort } from "../devServer.mjs";
import { applyMigrations } from "../localDb.mjs";

const PERSIST = ".wrangler/bench-campaigns";
const TOTAL = Number(process.env.CONTACTS ?? 100_000);
const DUE_EVERY = Math.floor(TOTAL / 300);
const GOAL_EVERY = Math.floor(TOTAL / 1000);
let DUE_COUNT = 0;
let GOAL_COUNT = 0;
const NOW = 1_900_000_000;
const DAY = 86_400;

rmSync(PERSIST, { recursive: true, force: true });
console.log(`[bench:campaigns] applying migrations to ${PERSIST}`);
applyMigrations(PERSIST);
const dir = join(PERSIST, "v3", "d1", "miniflare-D1DatabaseObject");
const file = readdirSync(dir).find((name) => name.endsWith(".sqlite") && name !== "metadata.sqlite");
const db = new DatabaseSync(join(dir, file));

function progress(done, total) {
  const filled = Math.round((done / total) * 30);
  process.stderr.write(`\r  [${"█".repeat(filled)}${"·".repeat(30 - filled)}] ${done.toLocaleString("en")}/${total.toLocaleString("en")}`);
  if (done === total) process.stderr.write("\n");
}

console.log(`[bench:campaigns] seeding ${TOTAL.toLocaleString("en")} enrolled contacts`);
db.exec(`INSERT INTO workspaces (id, app_id, name, identity_secret, created_at, visitor_token_secret) VALUES (1, 'bench', 'Bench', 'x', ${NOW}, 'bench-secret');
INSERT INTO admins (id, workspace_id, email, name, role, created_at) VALUES (1, 1, 'owner@example.com', 'Owner', 'owner', ${NOW});
INSERT INTO campaigns (id, workspace_id, name, target, goal, exit_rules, throttle_days, state, created_at, updated_at) VALUES (1, 1, 'Onboarding new users',
  '{"field":"signed_up_at","operator":">","value":{"days_ago":30}}', '{"field":"web_sessions","operator":">","value":20}', NULL, 2, 'live', ${NOW}, ${NOW});`);
const insertMessage = db.prepare("INSERT INTO campaign_messages (id, workspace_id, campaign_id, position, title, channel, subject, body, from_admin_id, priority, rules) VALUES (?, 1, 1, ?, ?, 'email', ?, ?, 1, ?, NULL)");
["Welcome", "Tips", "Need a hand?"].forEach((title, i) => insertMessage.run(i + 1, i, title, title, `${title} body`, i + 1));
const contact = db.prepare("INSERT INTO contacts (id, workspace_id, role, email, name, signed_up_at, last_seen_at, web_sessions, custom_attributes, created_at, updated_at) VALUES (?, 1, 'user', ?, ?, ?, ?, ?, '{}', ?, ?)");
const enrolment = db.prepare("INSERT INTO campaign_enrolments (workspace_id, campaign_id, contact_id, entered_at) VALUES (1, 1, ?, ?)");
const delivery = db.prepare("INSERT INTO deliveries (workspace_id, contact_id, channel, sent_at, campaign_id, campaign_message_index, campaign_message_id) VALUES (1, ?, 'email', ?, 1, 0, 1)");
for (let i = 0; i < TOTAL; i += 10_000) {
  db.exec("BEGIN");
  for (let j = i; j < Math.min(TOTAL, i + 10_000); j++) {
    const id = (0x60000000 + j).toString(16).padStart(8, "0") + j.toString(16).padStart(16, "0");
    const reachedGoal = j % GOAL_EVERY === 1;
    const due = j % DUE_EVERY === 0;
    if (reachedGoal) GOAL_COUNT++;
    else if (due) DUE_COUNT++;
    const sessions = reachedGoal ? 25 : j % 15;
    contact.run(id, `p${j}@example.com`, `Person ${j}`, NOW - (j % 25) * DAY - 3600, NOW - DAY, sessions, NOW - 30 * DAY, NOW - DAY);
    enrolment.run(id, NOW - 5 * DAY);
    delivery.run(id, due ? NOW - 3 * DAY : NOW - DAY);
  }
  db.exec("COMMIT");
  progress(Math.min(TOTAL, i + 10_000), TOTAL);
}
db.exec("ANALYZE");
db.close();

// One real scheduled run: `wrangler dev` over this database (PARLEY_COUNT_ROWS makes the run
// count D1's rows_read and log it), triggered through /cdn-cgi/local/scheduled at NOW.
const port = await freePort();
const child = spawn(
  "npx",
  ["wrangler", "dev", "-c", "wrangler.toml", "-c", "wrangler.preview.toml", "--ip", "127.0.0.1", "--port", String(port), "--inspector-port", String(await freePort()), "--persist-to", PERSIST, "--var", "PARLEY_COUNT_ROWS:1", "--show-interactive-dev-session=false"],
  { env: { ...process.env, CI: "1", WRANGLER_SEND_METRICS: "false" }, stdio: ["ignore", "pipe", "pipe"] },
);
let output = "";
child.stdout.on("data", (d) => (output += d.toString()));
child.stderr.on("data", (d) => (output += d.toString()));
try {
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (i > 180) throw new Error(`wrangler dev did not start:\n${output}`);
    const up = await fetch(`${base}/api/me`).then((r) => r.status === 401, () => false);
    if (up) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  console.log(`[bench:campaigns] one scheduled run at ${NOW} through wrangler dev`);
  const started = performance.now();
  const response = await fetch(`${base}/cdn-cgi/local/scheduled?cron=*+*+*+*+*&time=${NOW * 1000}`);
  const seconds = (performance.now() - started) / 1000;
  if (response.status !== 200) throw new Error(`scheduled run failed: ${response.status} ${await response.text()}\n${output}`);
  await new Promise((r) => setTimeout(r, 500));
  const line = output.split("\n").find((l) => l.includes("engage run: rows"));
  const rows = line ? JSON.parse(line.slice(line.indexOf("{"))) : null;
  const check = new DatabaseSync(join(dir, file), { readOnly: true });
  const sent = check.prepare("SELECT count(*) AS n FROM deliveries WHERE campaign_message_id = 2").get().n;
  const goal = check.prepare("SELECT count(*) AS n FROM campaign_enrolments WHERE exit_reason = 'goal_reached'").get().n;
  check.close();
  console.log(`\n  contacts        ${TOTAL.toLocaleString("en")} enrolled`);
  console.log(`  time            ${seconds.toFixed(2)} s for the run (${Math.round(TOTAL / seconds).toLocaleString("en")} contacts/s)`);
  if (rows) console.log(`  rows read       ${rows.rows_read.toLocaleString("en")} (${(rows.rows_read / TOTAL).toFixed(1)} per contact) in ${rows.queries.toLocaleString("en")} queries`);
  console.log(`  sent            ${sent} second messages (due: ${DUE_COUNT}), goal reached ${goal} (expected ${GOAL_COUNT})`);
  if (!rows || sent !== DUE_COUNT || goal !== GOAL_COUNT) process.exitCode = 1;
} finally {
  child.kill("SIGTERM");
}
