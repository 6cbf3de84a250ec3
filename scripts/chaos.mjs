// `npm run chaos [-- --minutes 5 --visitors 200 --out DIR]`: the soak's traffic while a driver kills
// and restarts `wrangler dev`, closes sockets from the server side and injects D1 faults
// (scripts/reliability/chaosDriver.mjs); then checks that nothing sent is missing or doubled in any
// view and that no delivery was sent twice. Writes chaos-report.html and chaos-summary.json.
import { rmSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startChaos } from "./reliability/chaosDriver.mjs";
import { checkRun } from "./soak/check.mjs";
import { reportHtml } from "./soak/report.mjs";
import { startSampler } from "./soak/sampler.mjs";
import { prepareDatabase, serve } from "./soak/server.mjs";
import { Stats } from "./soak/stats.mjs";
import { summarise } from "./soak/summary.mjs";
import { drain, finalScheduledRun, startTraffic } from "./soak/traffic.mjs";

const { values } = parseArgs({ options: { minutes: { type: "string", default: "5" }, visitors: { type: "string", default: "200" }, out: { type: "string", default: "." } } });
const minutes = Math.min(60, Math.max(2, Number(values.minutes)));
const visitors = Math.min(1000, Math.max(5, Number(values.visitors)));
const log = (s) => console.log(`[chaos] ${s}`);
// The dev-only fault hook and socket closer exist only with this switch (docs/reliability.md).
const CHAOS_VARS = { PARLEY_CHAOS: "1" };

const run = `chaos${Date.now().toString(36)}`;
log(`${cpus().length} cores; soak traffic (${visitors} visitors × 1 msg/s) for ${minutes} min under kills, server-side closes and D1 faults`);
const persistTo = prepareDatabase();
const first = await serve(persistTo, { extraVars: CHAOS_VARS });
const server = { current: first };
const restart = async () => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await serve(persistTo, { port: first.port, extraVars: CHAOS_VARS });
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
};
const stats = new Stats();
let code = 1;
try {
  const traffic = await startTraffic({ base: () => server.current.url, run, visitors, rate: 1, seconds: minutes * 60, stats });
  const sampler = startSampler({ stats, pid: () => server.current.pid });
  const chaos = startChaos({ server, restart, traffic, stats, until: traffic.until });
  await Promise.all([traffic.finished, chaos.done]);
  traffic.stop();
  sampler.stop();
  log("traffic stopped; draining, then checking every message and delivery");
  const unacked = await drain(traffic);
  await finalScheduledRun(server.current.url, stats);
  const result = await checkRun({ base: server.current.url, stats, traffic });
  const { checks, pass } = summarise({ result, unacked, growth: 0, counters: stats.counters, requireMemory: false, allow5xx: true });
  const description = `${minutes} min on ${cpus().length} cores (shared, noisy), ${visitors} visitors; ${stats.counters.kills ?? 0} SIGKILLs, ${stats.counters.serverCloses ?? 0} server-side close rounds, D1 fault windows; ${result.sent} messages checked in 3 views, ${result.deliveries.rows} deliveries.`;
  const summary = { pass, description, minutes, cores: cpus().length, visitors, checks, counters: stats.counters, serverErrors: stats.serverErrors, events: chaos.events, result, samples: sampler.samples };
  writeFileSync(join(values.out, "chaos-summary.json"), JSON.stringify(summary, null, 1));
  writeFileSync(join(values.out, "chaos-report.html"), reportHtml({ title: "Parley chaos report", summary, samples: sampler.samples, events: chaos.events }));
  for (const [name, c] of Object.entries(checks)) log(`${c.pass ? "ok  " : "FAIL"} ${name}: ${c.value} (limit ${c.limit})`);
  log(`${pass ? "PASS" : "FAIL"}; report in ${join(values.out, "chaos-report.html")}`);
  code = pass ? 0 : 1;
} finally {
  await server.current.stop();
  rmSync(persistTo, { recursive: true, force: true });
}
process.exit(code);
