// `npm start`: build, migrate and seed the local database, then serve everything with wrangler dev.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { applyMigrations } from "./localDb.mjs";
import { DEMO, seedDemo } from "./seed.mjs";

// A local .env (see .env.example) fills in what the shell did not set.
if (existsSync(".env")) process.loadEnvFile(".env");

const port = process.env.PORT || "8787";
const base = `http://127.0.0.1:${port}`;

const built = spawnSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
if (built.status !== 0) process.exit(built.status ?? 1);

console.log("[start] applying D1 migrations to the local database");
applyMigrations();
console.log("[start] seeding the demo workspace");
const creds = seedDemo();

console.log(`
Parley is starting on ${base}
  Help center   ${base}/
  Admin         ${base}/admin/      ${DEMO.ownerEmail} / ${creds.password}
  Help drafts   ${base}/admin/help/ (signed-in admins only)
  REST API      ${base}/api/        Authorization: Bearer ${creds.apiToken}
  Widget        ${base}/widget/${DEMO.appId}
  Identity secret (user_hash / JWT) for app "${DEMO.appId}": ${creds.identitySecret}${creds.identitySecretFromEnv ? "" : " (unless rotated in Settings)"}
  Identity verification: ${creds.identityEnforced === null ? "as set in Settings (PARLEY_IDENTITY_ENFORCED unset)" : creds.identityEnforced ? "enforced" : "off"}
`);

// Two Workers in one process: the app, and the help center's draft preview it reaches by service binding.
const dev = spawn("npx", ["wrangler", "dev", "-c", "wrangler.toml", "-c", "wrangler.preview.toml", "--ip", "127.0.0.1", "--port", port, "--show-interactive-dev-session=false", "--var", "PARLEY_LOCAL_DEV:1", ...(process.env.PARLEY_EMAIL_DELAY_S ? ["--var", `PARLEY_EMAIL_DELAY_S:${process.env.PARLEY_EMAIL_DELAY_S}`] : [])], {
  stdio: "inherit",
  env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => dev.kill(signal));
dev.on("exit", (code) => process.exit(code ?? 0));
