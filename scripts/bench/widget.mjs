// `npm run bench:widget [-- --rounds 3]`: build, print the widget's weight against its budget, then
// what its loader costs a host page's main thread (Lighthouse, blank page as the baseline).
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { BUDGETS, measureWidget } from "../widgetWeight.mjs";
import { measureBootup } from "./widgetBootup.mjs";

const { values } = parseArgs({ options: { rounds: { type: "string", default: "3" } } });
const BOOTUP_GOAL_MS = 30;

const built = spawnSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
if (built.status !== 0) process.exit(built.status ?? 1);

const sizes = measureWidget();
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log("\nwidget weight (gzip -9)        size     budget   used");
for (const name of ["loader", "messenger"]) {
  const used = sizes[name] / BUDGETS[name];
  const bar = "█".repeat(Math.round(used * 30)).padEnd(30, "·");
  console.log(`  ${name.padEnd(28)} ${kb(sizes[name]).padStart(8)} ${kb(BUDGETS[name]).padStart(8)}   ${(used * 100).toFixed(0).padStart(3)}% ${bar}`);
}

console.log("\nthe loader on a host page (Lighthouse mobile, 4× CPU slowdown), medians:");
const boot = await measureBootup({ rounds: Math.min(9, Math.max(1, Number(values.rounds))), log: (s) => console.log(`  ${s}`) });
console.log(`  widget scripts' bootup time  ${boot.total.toFixed(0).padStart(5)} ms (scripting ${boot.scripting.toFixed(0)} ms, parse and compile ${boot.parse.toFixed(0)} ms); goal ≤ ${BOOTUP_GOAL_MS} ms`);
console.log(`  main-thread work             ${boot.snippet.toFixed(0).padStart(5)} ms with the snippet vs ${boot.blank.toFixed(0)} ms blank: ×${(boot.snippet / boot.blank).toFixed(2)}, +${(boot.snippet - boot.blank).toFixed(0)} ms`);
const over = Object.keys(BUDGETS).filter((name) => sizes[name] > BUDGETS[name]);
if (over.length > 0) {
  console.error(`over budget: ${over.join(", ")}`);
  process.exit(1);
}
