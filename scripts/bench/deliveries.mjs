// `npm run bench:deliveries`: 100,000 contacts matching one live in-app auto message, one
// scheduled run at time T under `wrangler dev`: how long the run took (claims and enqueueing),
// deliveries per second and the time until the last one was sent, each checked sent once;
// then the bare queue (the same consumer settings, enqueue + consume, no work) with as many
// messages, in the same run, and the ratios. `-- --contacts 10000` for a smaller run.
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { topSelfTime } from "./cpuProfile.mjs";
import { busyMs, measureBareQueue, measureDeliveries } from "./deliveryRun.mjs";

const flag = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const total = Number(flag("--contacts") ?? 100_000);
/** `--profile FILE`: the product's run under the CPU profiler, written to FILE with a summary. */
const profileFile = flag("--profile");
const log = (line) => console.log(`[bench:deliveries] ${line}`);
function progress(done, of) {
  const filled = Math.round((done / of) * 30);
  process.stderr.write(`\r  [${"█".repeat(filled)}${"·".repeat(30 - filled)}] ${done.toLocaleString("en")}/${of.toLocaleString("en")}`);
  if (done >= of) process.stderr.write("\n");
}

log(`seeding ${total.toLocaleString("en")} matching contacts`);
const loadBefore = loadavg()[0];
// `--seen`: the contacts have all booted the messenger before (their channels are told too).
const product = await measureDeliveries({ total, timeoutMs: 3_600_000, log, progress, profile: Boolean(profileFile), seen: process.argv.includes("--seen") });
const loadAfter = loadavg()[0];
process.stderr.write("\n");
if (product.cpuProfile && profileFile) {
  writeFileSync(profileFile, JSON.stringify(product.cpuProfile));
  log(`CPU profile of the product's run in ${profileFile}; self time:`);
  for (const row of topSelfTime(product.cpuProfile, 30)) log(`  ${(row.share * 100).toFixed(1).padStart(5)}%  ${row.ms.toFixed(0).padStart(6)} ms  ${row.name}`);
}
// `--no-floor` skips the bare queue (while tuning); its figures then print as zero.
const floor = process.argv.includes("--no-floor") ? { runSeconds: 0, lastSentSeconds: 0, perSecond: 0, sent: 0, workerdCpu: 0 } : await measureBareQueue({ total, timeoutMs: 600_000, log });
const once = product.claimed === total && product.contacts === total && product.sent === total && product.conversations === total && product.conversationKeys === total;
const f = (n, digits = 1) => n.toLocaleString("en", { maximumFractionDigits: digits });
console.log(`\n  contacts              ${f(total, 0)}, one live in-app auto message, one scheduled run`);
console.log(`  product: run         ${f(product.runSeconds)} s (claimed ${f(product.claimed, 0)}, sent inline or queued)`);
console.log(`  product: last sent   ${f(product.lastSentSeconds)} s after the trigger, ${f(product.perSecond)} deliveries/s`);
console.log(`  each once            ${once ? "yes" : "NO"}: ${f(product.sent, 0)} sent, ${f(product.failed, 0)} failed, ${f(product.conversations, 0)} conversations, ${f(product.conversationKeys, 0)} distinct delivery keys`);
console.log(`  workerd CPU           ${f((product.workerdCpu * 1000) / Math.max(1, product.sent), 2)} ms per delivery (${f(product.workerdCpu)} s in all)${product.cpuProfile ? `; the Worker's isolate busy ${f(busyMs(product.cpuProfile) / Math.max(1, product.sent), 2)} ms per delivery (profiled)` : ""}`);
console.log(`  load average          ${f(loadBefore, 2)} before, ${f(loadAfter, 2)} after (1 min)`);
console.log(`  bare queue: enqueue  ${f(floor.runSeconds)} s, last consumed ${f(floor.lastSentSeconds)} s, ${f(floor.perSecond)} messages/s, workerd CPU ${f((floor.workerdCpu * 1000) / Math.max(1, floor.sent), 3)} ms per message`);
console.log(`  ratios               throughput ${f((product.perSecond / floor.perSecond) * 100, 2)} % of the bare queue's; time to last ${f(product.lastSentSeconds / floor.lastSentSeconds)}×`);
if (!once) process.exitCode = 1;
