// `npm run soak [-- --minutes 30 --visitors 200 --rate 1 --out DIR --profile FILE --profile-at S]`: mixed traffic against
// `wrangler dev` for a while, workerd's memory and latency sampled every 10 s, then every message
// and delivery checked; writes soak-report.html and soak-summary.json, exits 1 on a failed check.
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { rmSync } from "node:fs";
import { checkRun } from "./soak/check.mjs";
import { reportHtml } from "./soak/report.mjs";
import { startProfile, topSelfTime } from "./bench/cpuProfile.mjs";
import { memoryProbes } from "./soak/probes.mjs";
import { startSampler } from "./soak/sampler.mjs";
import { prepareDatabase, serve } from "./soak/server.mjs";
import { Stats } from "./soak/stats.mjs";
import { summarise } from "./soak/summary.mjs";
import { drain, finalScheduledRun, startTraffic } from "./soak/traffic.mjs";
import { memoryGrowth } from "./soak/verify.mjs";

const { values } = parseArgs({ options: { minutes: { type: "string", default: "30" }, visitors: { type: "string", default: "200" }, rate: { type: "string", default: "1" }, out: { type: "string", default: "." }, profile: { type: "string" }, "profile-at": { type: "string", default: "300" } } });
const minutes = Math.min(240, Math.max(1, Number(values.minutes)));
const visitors = Math.min(1000, Math.max(5, Number(values.visitors)));
const rate = Math.min(2, Math.max(0.1, Number(values.rate)));
const log = (s) => console.log(`[soak] ${s}`);

async function profileFor30s(inspectorPort, atSeconds) {
  await new Promise((r) => setTimeout(r, atSeconds * 1000));
  const stop = await startProfile(inspectorPort);
  await new Promise((r) => setTimeout(r, 30_000));
  const profile = await stop();
  writeFileSync(values.profile, JSON.stringify(profile));
  log(`CPU profile of t=${atSeconds}–${atSeconds + 30} s in ${values.profile}; self time:`);
  for (const row of topSelfTime(profile, 20)) log(`  ${(row.share * 100).toFixed(1).padStart(5)}%  ${row.ms.toFixed(0).padStart(6)} ms  ${row.name}`);
}

const run = `soak${Date.now().toString(36)}`;
// Other work on the machine shows in every figure: say how busy it was before the run started.
const loadBefore = loadavg()[0].toFixed(1);
log(`${cpus().length} cores, load average ${loadBefore}; ${visitors} visitors × ${rate} msg/s, 5 admins, a scheduled run a minute, REST and help searches, ${minutes} min`);
const persistTo = prepareDatabase();
const server = await serve(persistTo);
const stats = new Stats();
let code = 1;
try {
  const traffic = await startTraffic({ base: () => server.url, run, visitors, rate, seconds: minutes * 60, stats });
  // wrangler's inspector serves one client: a CPU profile replaces the heap probes.
  const memory = await memoryProbes({ persistTo, inspectorPort: values.profile ? null : server.inspectorPort });
  const profiling = values.profile ? profileFor30s(server.inspectorPort, Number(values["profile-at"])) : null;
  const sampler = startSampler({ stats, pid: () => server.pid, probes: memory.probes, log: (s) => log(`t=${s.t}s workerd ${s.parleyRssMb.toFixed(0)} MB (anon ${s.parleyAnonMb.toFixed(0)}) + proxy ${s.proxyRssMb.toFixed(0)} MB  heap ${s.heapMb?.toFixed(0) ?? "–"} of ${s.heapTotalMb?.toFixed(0) ?? "–"} MB${s.liveHeapMb ? ` (live ${s.liveHeapMb.toFixed(0)})` : ""}  store ${s.storeMb?.toFixed(0)} MB (databases ${s.dbMb?.toFixed(0)})  p50 ${s.p50?.toFixed(1)} ms  p99 ${s.p99?.toFixed(1)} ms  ${s.throughput.toFixed(0)} msg/s  5xx ${s.counters["http:5xx"] ?? 0}  reconnects ${s.counters.reconnects ?? 0}`) });
  await traffic.finished;
  traffic.stop();
  sampler.stop();
  memory.close();
  await profiling;
  log("traffic stopped; draining, then checking every message and delivery");
  const unacked = await drain(traffic);
  await finalScheduledRun(server.url, stats);
  const result = await checkRun({ base: server.url, stats, traffic });
  const growth = memoryGrowth(sampler.samples, 2 / 3, "parleyRssMb");
  const proxyGrowth = memoryGrowth(sampler.samples, 2 / 3, "proxyRssMb");
  const { checks, pass } = summarise({ result, unacked, growth, proxyGrowth, counters: stats.counters });
  const description = `${minutes} min on ${cpus().length} cores (load average ${loadBefore} before the run), ${visitors} visitors × ${rate} msg/s, ${result.sent} messages checked in 3 views, ${result.deliveries.rows} deliveries.`;
  const summary = { pass, description, minutes, cores: cpus().length, visitors, rate, checks, counters: stats.counters, serverErrors: stats.serverErrors, result, growth, proxyGrowth, samples: sampler.samples };
  writeFileSync(join(values.out, "soak-summary.json"), JSON.stringify(summary, null, 1));
  writeFileSync(join(values.out, "soak-report.html"), reportHtml({ title: "Parley soak report", summary, samples: sampler.samples }));
  for (const [name, c] of Object.entries(checks)) log(`${c.pass ? "ok  " : "FAIL"} ${name}: ${c.value} (limit ${c.limit})`);
  log(`${pass ? "PASS" : "FAIL"}; report in ${join(values.out, "soak-report.html")}`);
  code = pass ? 0 : 1;
} finally {
  await server.stop();
  rmSync(persistTo, { recursive: true, force: true });
}
process.exit(code);
