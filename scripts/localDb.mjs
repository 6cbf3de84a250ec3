// The local D1 database that `wrangler dev` uses: migrations and SQL files applied through wrangler,
// so that the local state is exactly what the dev server and the deployed Worker would see.
import { spawnSync } from "node:child_process";

export const DEFAULT_PERSIST_DIR = ".wrangler/state";

function wrangler(args, { quiet = true } = {}) {
  const result = spawnSync("npx", ["wrangler", ...args], {
    encoding: "utf8",
    env: { ...process.env, CI: "1", WRANGLER_SEND_METRICS: "false" },
    stdio: quiet ? "pipe" : "inherit",
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim();
    throw new Error(`wrangler ${args.slice(0, 3).join(" ")} failed:\n${output}`);
  }
  return result.stdout ?? "";
}

export function applyMigrations(persistTo = DEFAULT_PERSIST_DIR) {
  const out = wrangler(["d1", "migrations", "apply", "DB", "--local", "--persist-to", persistTo]);
  const applied = (out.match(/✅/g) ?? []).length;
  return applied;
}

export function executeSqlFile(file, persistTo = DEFAULT_PERSIST_DIR) {
  wrangler(["d1", "execute", "DB", "--local", "--persist-to", persistTo, "--file", file, "--yes"]);
}
