// `npm test`: types, then the build the browser tests serve, then unit + worker tests, then the
// running app (wrangler dev started by the harness) in Chromium and through Intercom's SDK.
import { spawnSync } from "node:child_process";

const steps = [
  ["typecheck", [process.execPath, "scripts/typecheck.mjs"]],
  ["build", [process.execPath, "scripts/build.mjs"]],
  ["unit and worker tests", ["npx", "vitest", "run", "--project", "unit", "--project", "worker"]],
  ["browser, SDK and deploy tests", ["npx", "vitest", "run", "--project", "e2e"]],
];

const started = Date.now();
for (const [name, [command, ...args]] of steps) {
  console.log(`\n[test] ${name}`);
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`[test] ${name} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n[test] all passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
