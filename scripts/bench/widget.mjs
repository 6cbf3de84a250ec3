// `npm run bench:widget`: build, then print the widget's weight against its budget.
import { spawnSync } from "node:child_process";
import { BUDGETS, measureWidget } from "../widgetWeight.mjs";

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
const over = Object.keys(BUDGETS).filter((name) => sizes[name] > BUDGETS[name]);
if (over.length > 0) {
  console.error(`over budget: ${over.join(", ")}`);
  process.exit(1);
}
