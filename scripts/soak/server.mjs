// The soak's dev server: a fresh local database with the demo seed plus four more admins (the
// owner's password), served by `wrangler dev`. Chaos restarts it on the same directory and port.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startDevServer } from "../devServer.mjs";
import { applyMigrations, executeSqlFile } from "../localDb.mjs";
import { seedDemo } from "../seed.mjs";

export const PASSWORD = "soak-password-1";
export const TOKEN = "parley_soak_token_0123456789abcdef";
export const ADMIN_EMAILS = ["owner@example.com", ...[1, 2, 3, 4].map((k) => `soak-admin-${k}@example.com`)];

const extraAdmins = ADMIN_EMAILS.slice(1)
  .map((email, k) => `INSERT INTO admins (workspace_id, email, name, password_hash, role, created_at) SELECT workspace_id, '${email}', 'Soak Admin ${k + 1}', password_hash, 'admin', created_at FROM admins WHERE email = 'owner@example.com';`)
  .join("\n");

export function prepareDatabase() {
  const persistTo = mkdtempSync(join(tmpdir(), "parley-soak-"));
  applyMigrations(persistTo);
  seedDemo({ persistTo, env: { ...process.env, PARLEY_ADMIN_PASSWORD: PASSWORD, PARLEY_API_TOKEN: TOKEN } });
  const file = join(persistTo, "soak-admins.sql");
  writeFileSync(file, extraAdmins);
  executeSqlFile(file, persistTo);
  return persistTo;
}

/** Every visitor boots from loopback: lift the new-visitor limit; `extraVars` adds chaos's switch. */
export function serve(persistTo, { port, extraVars = {} } = {}) {
  return startDevServer({ seed: null, persistTo, port, vars: { NEW_VISITORS_PER_MINUTE: "1000000", ...extraVars } });
}
