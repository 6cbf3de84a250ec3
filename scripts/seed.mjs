// Seeds the demo workspace idempotently. Credentials come from PARLEY_ADMIN_PASSWORD,
// PARLEY_API_TOKEN and PARLEY_IDENTITY_SECRET when set; otherwise they are generated once and kept
// in <persist dir>/parley-demo.json, so every start prints credentials that work.
// PARLEY_IDENTITY_ENFORCED=1 or 0, when set, turns identity verification on or off.
import { createHash, pbkdf2Sync, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { EXAMPLE_AUTO_MESSAGES, EXAMPLE_CAMPAIGN } from "../shared/engage/examples.ts";
import { DEFAULT_PERSIST_DIR, executeSqlFile } from "./localDb.mjs";

export const DEMO = { appId: "demo", name: "Demo", ownerEmail: "owner@example.com", ownerName: "Demo Owner" };
const PBKDF2_ITERATIONS = 100_000;
const TOKEN_NAME = "Demo token (npm start)";

const lit = (value) => (value === null ? "NULL" : typeof value === "number" ? String(value) : `'${String(value).replaceAll("'", "''")}'`);
const b64url = (bytes) => bytes.toString("base64url");

function hashPassword(password) {
  const salt = randomBytes(16);
  const hash = pbkdf2Sync(password, salt, PBKDF2_ITERATIONS, 32, "sha256");
  return `pbkdf2_sha256$${PBKDF2_ITERATIONS}$${salt.toString("base64")}$${hash.toString("base64")}`;
}

function credentials(persistTo, env) {
  const file = join(persistTo, "parley-demo.json");
  const saved = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  const creds = {
    password: env.PARLEY_ADMIN_PASSWORD || saved.password || b64url(randomBytes(12)),
    apiToken: env.PARLEY_API_TOKEN || saved.apiToken || `parley_${b64url(randomBytes(32))}`,
    identitySecret: env.PARLEY_IDENTITY_SECRET || saved.identitySecret || randomBytes(32).toString("hex"),
  };
  mkdirSync(persistTo, { recursive: true });
  writeFileSync(file, `${JSON.stringify(creds, null, 2)}\n`, { mode: 0o600 });
  return { ...creds, identitySecretFromEnv: Boolean(env.PARLEY_IDENTITY_SECRET), identityEnforced: enforcedFrom(env.PARLEY_IDENTITY_ENFORCED) };
}

/** "1"/"0" (also true/false, on/off); unset or empty leaves the workspace's setting alone. */
export function enforcedFrom(value) {
  if (value === undefined || value === "") return null;
  if (/^(1|true|on|yes)$/i.test(value)) return true;
  if (/^(0|false|off|no)$/i.test(value)) return false;
  throw new Error(`PARLEY_IDENTITY_ENFORCED must be 1 or 0, not ${JSON.stringify(value)}`);
}

export function demoSeedSql(creds, now = Math.floor(Date.now() / 1000)) {
  const ws = `(SELECT id FROM workspaces WHERE app_id = ${lit(DEMO.appId)})`;
  const owner = `(SELECT id FROM admins WHERE workspace_id = ${ws} AND email = ${lit(DEMO.ownerEmail)})`;
  const tokenHash = createHash("sha256").update(creds.apiToken).digest("hex");
  const hint = `${creds.apiToken.slice(0, 10)}…${creds.apiToken.slice(-4)}`;
  return [
    // The variable rules when set; otherwise a secret the owner rotated in the admin app stays.
    `INSERT INTO workspaces (app_id, name, identity_secret, identity_enforced, created_at) VALUES (${lit(DEMO.appId)}, ${lit(DEMO.name)}, ${lit(creds.identitySecret)}, 0, ${now}) ON CONFLICT (app_id) DO ${
      creds.identitySecretFromEnv === false ? "NOTHING" : "UPDATE SET identity_secret = excluded.identity_secret, identity_secret_previous = NULL, identity_secret_previous_until = NULL"
    };`,
    ...(typeof creds.identityEnforced === "boolean" ? [`UPDATE workspaces SET identity_enforced = ${creds.identityEnforced ? 1 : 0} WHERE app_id = ${lit(DEMO.appId)};`] : []),
    `INSERT INTO admins (workspace_id, email, name, password_hash, role, created_at) VALUES (${ws}, ${lit(DEMO.ownerEmail)}, ${lit(DEMO.ownerName)}, ${lit(hashPassword(creds.password))}, 'owner', ${now}) ON CONFLICT (workspace_id, email) DO UPDATE SET password_hash = excluded.password_hash, role = 'owner';`,
    ...["Sales", "Support"].flatMap((team) => [
      `INSERT INTO teams (workspace_id, name, created_at) VALUES (${ws}, ${lit(team)}, ${now}) ON CONFLICT (workspace_id, name) DO NOTHING;`,
      `INSERT INTO team_members (workspace_id, team_id, admin_id) VALUES (${ws}, (SELECT id FROM teams WHERE workspace_id = ${ws} AND name = ${lit(team)}), ${owner}) ON CONFLICT DO NOTHING;`,
    ]),
    // CONTRACT §1: messages mentioning pricing go to Sales (whole words, any case).
    `INSERT INTO routing_rules (workspace_id, position, name, conditions, team_id, assign_to_admin, created_at) SELECT ${ws}, 0, 'Pricing questions', ${lit(JSON.stringify({ words: ["pricing", "price", "plan", "invoice", "billing"] }))}, (SELECT id FROM teams WHERE workspace_id = ${ws} AND name = 'Sales'), 1, ${now} WHERE NOT EXISTS (SELECT 1 FROM routing_rules WHERE workspace_id = ${ws} AND name = 'Pricing questions');`,
    // A token from an earlier start with other values must stop working: the env var now rules.
    `UPDATE api_tokens SET revoked_at = ${now} WHERE workspace_id = ${ws} AND name = ${lit(TOKEN_NAME)} AND token_hash != ${lit(tokenHash)} AND revoked_at IS NULL;`,
    `INSERT INTO api_tokens (workspace_id, admin_id, name, token_hash, token_hint, created_at) VALUES (${ws}, ${owner}, ${lit(TOKEN_NAME)}, ${lit(tokenHash)}, ${lit(hint)}, ${now}) ON CONFLICT (token_hash) DO UPDATE SET revoked_at = NULL;`,
    // The product brief's auto messages, paused; added once by title, never reset on later starts.
    ...EXAMPLE_AUTO_MESSAGES.map(
      (m) =>
        `INSERT INTO auto_messages (workspace_id, title, channel, subject, body, from_admin_id, rules, state, created_at, updated_at) SELECT ${ws}, ${lit(m.title)}, ${lit(m.channel)}, ${lit(m.subject)}, ${lit(m.body)}, ${owner}, ${lit(JSON.stringify(m.rules))}, 'paused', ${now}, ${now} WHERE NOT EXISTS (SELECT 1 FROM auto_messages WHERE workspace_id = ${ws} AND title = ${lit(m.title)});`,
    ),
    ...campaignSeedSql(ws, owner, now),
  ].join("\n");
}

/** The brief's example campaign, paused, with its messages; added once by name. */
function campaignSeedSql(ws, owner, now) {
  const c = EXAMPLE_CAMPAIGN;
  const campaign = `(SELECT id FROM campaigns WHERE workspace_id = ${ws} AND name = ${lit(c.name)})`;
  return [
    `INSERT INTO campaigns (workspace_id, name, target, goal, exit_rules, throttle_days, state, created_at, updated_at) SELECT ${ws}, ${lit(c.name)}, ${lit(JSON.stringify(c.target))}, ${lit(JSON.stringify(c.goal))}, NULL, ${c.throttleDays}, 'paused', ${now}, ${now} WHERE NOT EXISTS (SELECT 1 FROM campaigns WHERE workspace_id = ${ws} AND name = ${lit(c.name)});`,
    ...c.messages.map(
      (m, position) =>
        `INSERT INTO campaign_messages (workspace_id, campaign_id, position, title, channel, subject, body, from_admin_id, priority, rules) SELECT ${ws}, ${campaign}, ${position}, ${lit(m.title)}, ${lit(m.channel)}, ${lit(m.subject)}, ${lit(m.body)}, ${owner}, ${m.priority}, NULL WHERE NOT EXISTS (SELECT 1 FROM campaign_messages WHERE campaign_id = ${campaign} AND position = ${position});`,
    ),
  ];
}

export function seedDemo({ persistTo = DEFAULT_PERSIST_DIR, env = process.env } = {}) {
  const creds = credentials(persistTo, env);
  const file = join(persistTo, `seed-${process.pid}.sql`);
  writeFileSync(file, demoSeedSql(creds));
  try {
    executeSqlFile(file, persistTo);
  } finally {
    rmSync(file, { force: true });
  }
  return creds;
}
