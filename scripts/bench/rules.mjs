// `npm run bench:rules`: 1,000,000 contacts in a local D1 database, the product brief's five auto
// message rules evaluated through the SQL path a scheduled run uses (toSql in keyset pages) and
// through a naive path (load every contact, filter in JS with matches()), in the same run.
//
// The database is a real local D1 (migrations applied by wrangler into .wrangler/bench-rules);
// contacts are written straight into its SQLite file with node:sqlite, which is how a million rows
// go in within seconds. Both paths then read that same file with the same SQLite engine workerd
// embeds. Re-runs reuse the seeded contacts; `--fresh` seeds again. `CONTACTS=n` changes the size.
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { EXAMPLE_AUTO_MESSAGES } from "../../shared/engage/examples.ts";
import { matches } from "../../shared/rules/evaluate.ts";
import { audiencePageIdsSql } from "../../worker/db/engageAudienceSql.ts";
import { applyMigrations } from "../localDb.mjs";

const PERSIST = ".wrangler/bench-rules";
const TOTAL = Number(process.env.CONTACTS ?? 1_000_000);
const PAGE = 500; // the scheduled run's page size (worker/engage/run.ts RUN_BUDGET.pageSize)
const NOW = 1_900_000_000;
const DAY = 86_400;
const WORKSPACE = 1;

if (process.argv.includes("--fresh")) rmSync(PERSIST, { recursive: true, force: true });
console.log(`[bench:rules] applying migrations to ${PERSIST} (wrangler d1 migrations apply --local)`);
applyMigrations(PERSIST);
const dir = join(PERSIST, "v3", "d1", "miniflare-D1DatabaseObject");
const file = readdirSync(dir).find((name) => name.endsWith(".sqlite") && name !== "metadata.sqlite");
if (!file || !existsSync(join(dir, file))) throw new Error(`no local D1 database under ${dir}`);
const db = new DatabaseSync(join(dir, file));

function progress(done, total, started) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const rate = done / Math.max(0.001, (performance.now() - started) / 1000);
  process.stderr.write(`\r  [${"█".repeat(filled)}${"·".repeat(width - filled)}] ${done.toLocaleString("en")}/${total.toLocaleString("en")} (${Math.round(rate).toLocaleString("en")}/s)`);
  if (done === total) process.stderr.write("\n");
}

// A deterministic pseudo-random stream, so every run seeds the same population.
let state = 42;
const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

function seed() {
  const have = db.prepare("SELECT count(*) AS n FROM contacts WHERE workspace_id = ?").get(WORKSPACE).n;
  if (have === TOTAL) return console.log(`[bench:rules] reusing ${TOTAL.toLocaleString("en")} seeded contacts (--fresh to reseed)`);
  db.exec("DELETE FROM contacts; DELETE FROM workspaces;");
  db.prepare("INSERT INTO workspaces (id, app_id, name, identity_secret, created_at) VALUES (?, 'bench', 'Bench', 'x', ?)").run(WORKSPACE, NOW);
  const insert = db.prepare(
    "INSERT INTO contacts (id, workspace_id, role, external_id, email, name, signed_up_at, last_seen_at, web_sessions, custom_attributes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  // Bulk loads are several times faster without secondary indexes; they are rebuilt exactly as
  // the migrations defined them (their SQL is read back from sqlite_master).
  const indexes = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contacts' AND sql IS NOT NULL").all();
  for (const { name } of indexes) db.exec(`DROP INDEX ${name}`);
  console.log(`[bench:rules] seeding ${TOTAL.toLocaleString("en")} contacts`);
  const started = performance.now();
  const BATCH = 20_000;
  for (let i = 0; i < TOTAL; i += BATCH) {
    db.exec("BEGIN");
    for (let j = i; j < Math.min(TOTAL, i + BATCH); j++) {
      const user = random() < 0.85;
      const signedUp = user ? NOW - Math.floor(random() * 120 * DAY) : null;
      const lastSeen = random() < 0.97 ? NOW - Math.floor(random() * (signedUp === null ? 90 * DAY : NOW - signedUp)) : null;
      const sessions = Math.floor(-Math.log(1 - random()) * 8);
      const id = (0x60000000 + j).toString(16).padStart(8, "0") + j.toString(16).padStart(16, "0");
      const attrs = JSON.stringify({ plan: random() < 0.2 ? "pro" : "free", seats: Math.floor(random() * 50) });
      insert.run(id, WORKSPACE, user ? "user" : "lead", user ? `u${j}` : null, user ? `person${j}@example.com` : null, `Person ${j}`, signedUp, lastSeen, sessions, attrs, NOW - 200 * DAY, NOW - DAY);
    }
    db.exec("COMMIT");
    progress(Math.min(TOTAL, i + BATCH), TOTAL, started);
  }
  console.log(`[bench:rules] rebuilding ${indexes.length} contact indexes`);
  for (const { sql } of indexes) db.exec(sql);
  db.exec("ANALYZE");
}

/**
 * The scheduled run's evaluation (worker/db/engageAudienceSql.ts, as audiencePageIds runs it):
 * keyset pages of matching ids. A run then loads full rows only for the contacts it delivers to,
 * at most its delivery budget, so that part is not what grows with the number of contacts.
 */
function sqlPath(rule, channel) {
  let matched = 0;
  let pages = 0;
  for (let after = ""; ; pages++) {
    const q = audiencePageIdsSql({ workspaceId: WORKSPACE, rule, channel, now: NOW, after, limit: PAGE, notDeliveredAutoMessageId: -1 });
    const rows = db.prepare(q.sql).all(...q.params);
    matched += rows.length;
    if (rows.length < PAGE) return { matched, pages: pages + 1 };
    after = rows[rows.length - 1].id;
  }
}

/** Load every contact of the workspace and filter in JS, as a run without the compiler would. */
function naivePath(rule, channel) {
  let matched = 0;
  for (const row of db.prepare("SELECT * FROM contacts WHERE workspace_id = ?").iterate(WORKSPACE)) {
    const contact = {
      role: row.role,
      email: row.email,
      name: row.name,
      external_id: row.external_id,
      signed_up_at: row.signed_up_at,
      last_seen_at: row.last_seen_at,
      created_at: row.created_at,
      web_sessions: row.web_sessions,
      custom_attributes: JSON.parse(row.custom_attributes),
      events: {},
    };
    const reachable = channel !== "email" || (row.email !== null && row.email !== "" && row.unsubscribed_from_emails === 0);
    if (reachable && matches(rule, contact, NOW)) matched++;
  }
  return { matched };
}

function time(fn) {
  const started = performance.now();
  const result = fn();
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

seed();
const rate = (seconds) => Math.round(TOTAL / seconds).toLocaleString("en").padStart(11);
console.log(`\n[bench:rules] ${TOTAL.toLocaleString("en")} contacts, now = ${NOW}, pages of ${PAGE}\n`);
console.log(`  ${"rule".padEnd(22)} ${"matched".padStart(9)}   ${"SQL s".padStart(7)} ${"SQL contacts/s".padStart(15)}   ${"naive s".padStart(7)} ${"naive contacts/s".padStart(16)}   ratio`);
let sqlTotal = 0;
let naiveTotal = 0;
let disagreements = 0;
for (const message of EXAMPLE_AUTO_MESSAGES) {
  const sql = time(() => sqlPath(message.rules, message.channel));
  const naive = time(() => naivePath(message.rules, message.channel));
  sqlTotal += sql.seconds;
  naiveTotal += naive.seconds;
  if (sql.matched !== naive.matched) disagreements++;
  console.log(
    `  ${message.title.padEnd(22)} ${sql.matched.toLocaleString("en").padStart(9)}   ${sql.seconds.toFixed(2).padStart(7)} ${rate(sql.seconds).padStart(15)}   ${naive.seconds.toFixed(2).padStart(7)} ${rate(naive.seconds).padStart(16)}   ${(naive.seconds / sql.seconds).toFixed(1)}×${sql.matched === naive.matched ? "" : `  DISAGREE (naive ${naive.matched})`}`,
  );
}
const all = TOTAL * EXAMPLE_AUTO_MESSAGES.length;
console.log(`\n  all five rules:  SQL ${sqlTotal.toFixed(2)} s (${Math.round(all / sqlTotal).toLocaleString("en")} contacts/s)   naive ${naiveTotal.toFixed(2)} s (${Math.round(all / naiveTotal).toLocaleString("en")} contacts/s)   SQL is ${(naiveTotal / sqlTotal).toFixed(1)}× faster`);
console.log(`  target: all five over ${TOTAL.toLocaleString("en")} contacts in < 10 s → ${sqlTotal < 10 ? "met" : "MISSED"}`);
db.close();
if (disagreements > 0) {
  console.error(`[bench:rules] the SQL and JS paths disagreed on ${disagreements} rule(s)`);
  process.exit(1);
}
