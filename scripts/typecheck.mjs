// `tsc --noEmit` once per runtime: each tsconfig allows only its own globals (Node, workerd, DOM, none);
// browser tests are Node code whose callbacks run in the page, so they see both.
import { spawnSync } from "node:child_process";

export const PROJECTS = ["tsconfig.json", "tsconfig.shared.json", "tsconfig.unit.json", "tsconfig.worker.json", "tsconfig.site.json", "tsconfig.browserTests.json"];

let failed = false;
for (const project of PROJECTS) {
  const started = Date.now();
  const result = spawnSync("npx", ["tsc", "--noEmit", "-p", project], { stdio: "inherit" });
  console.log(`[typecheck] ${project}: ${result.status === 0 ? "ok" : "FAILED"} (${Date.now() - started} ms)`);
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
