// `npm run bench:limits [-- --max 15000 --step 1000 --burst 3000 --direct]`: what one `wrangler dev` holds.
// Ramps idle (hibernatable) visitor sockets up in steps until a step fails more than 1 % of its
// opens, workerd passes --max-rss MB, or --max; at 1,000 and 5,000 (and each step) it measures one
// conversation's delivery latency with workerd's memory; then one burst of --burst concurrent
// requests at one conversation shows what an overloaded Durable Object answers.
import { cpus, loadavg } from "node:os";
import { rmSync } from "node:fs";
import { parseArgs } from "node:util";
import { workerdFiles, workerdMemory } from "../soak/memory.mjs";
import { prepareDatabase, serve, PASSWORD, TOKEN } from "../soak/server.mjs";
import { openIdleVisitors } from "./limitsIdle.mjs";
import { overloadBurst } from "./limitsOverload.mjs";
import { runtimeUrl } from "./runtimeUrl.mjs";
import { measureLatency, probePair } from "./limitsProbe.mjs";

const { values } = parseArgs({ options: { max: { type: "string", default: "15000" }, step: { type: "string", default: "1000" }, burst: { type: "string", default: "3000" }, "max-rss": { type: "string", default: "6000" }, direct: { type: "boolean", default: false } } });
// The client holds one descriptor per socket: stay under its limit (ulimit -n, 20,000 here).
const MAX = Math.min(18_000, Math.max(100, Number(values.max)));
const STEP = Math.min(5000, Math.max(100, Number(values.step)));
const BURST = Math.min(10_000, Math.max(10, Number(values.burst)));
const MAX_RSS_MB = Number(values["max-rss"]);
const log = (s) => console.log(`[bench:limits] ${s}`);
// Parley's runtime apart from wrangler's dev proxy, which relays every socket and is not in production.
const memory = () => {
  const m = workerdMemory(server.pid);
  const files = workerdFiles(server.pid);
  return { rssMb: Math.round(m.rss / 1048576), parleyMb: Math.round(m.parleyRss / 1048576), proxyMb: Math.round(m.proxyRss / 1048576), parleyFiles: files.parley, proxyFiles: files.proxy, fileLimit: files.limit };
};
// Each workerd holds a descriptor per socket, and the runtime also each open SQLite database's files.
const describeMemory = (m) => `workerd ${m.rssMb} MB (Parley's ${m.parleyMb} + proxy ${m.proxyMb}), open files ${m.parleyFiles} + ${m.proxyFiles} (limit ${m.fileLimit} each)`;
// The workerd nearest its open-file limit decides when the ramp stops.
const mostFiles = (m) => Math.max(m.parleyFiles, m.proxyFiles);

log(`machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} before the run; idle visitor sockets in steps of ${STEP} up to ${MAX}`);
const persistTo = prepareDatabase();
const server = await serve(persistTo);
const sockets = [];
try {
  // --direct: clients reach the runtime itself, as at the edge, instead of wrangler's dev proxy.
  const base = values.direct ? await runtimeUrl(server.pid) : server.url;
  log(`clients connect to ${values.direct ? `the runtime directly (${base})` : `wrangler dev's proxy (${base})`}`);
  const login = await fetch(`${base}/admin/api/login`, { method: "POST", headers: { "content-type": "application/json", origin: base }, body: JSON.stringify({ email: "owner@example.com", password: PASSWORD }) });
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0];
  // A fresh conversation per measurement: sockets held through a long ramp may have been dropped.
  const probe = async () => {
    const pair = await probePair(base, cookie);
    const result = await measureLatency(pair);
    pair.close();
    return result;
  };
  const alone = await probe();
  const idle = memory();
  log(`0 idle sockets: ${describeMemory(idle)}; one conversation p50 ${alone.p50.toFixed(1)} ms p99 ${alone.p99.toFixed(1)} ms lost ${alone.lost} refused ${alone.refused}`);
  const rows = [{ sockets: 0, ...idle, ...alone, failed: 0 }];
  for (let target = STEP; target <= MAX; target += STEP) {
    const started = performance.now();
    const { failed, open } = await openIdleVisitors(base, STEP, { sockets });
    // Let the channels go idle (and hibernate) before measuring.
    await new Promise((r) => setTimeout(r, 15_000));
    let latency;
    try {
      latency = await probe();
    } catch (error) {
      log(`stopping: the probe conversation could not start (${error.cause?.code ?? error.name}: ${error.message}) with ${sockets.length} sockets open; ${describeMemory(memory())}`);
      log(`wrangler dev said, last: ${server.output().slice(-1500) || "nothing"}`);
      break;
    }
    const row = { sockets: open, ...memory(), ...latency, failed, stepSeconds: Math.round((performance.now() - started) / 1000) };
    rows.push(row);
    log(`${open} idle sockets (${failed} failed this step, ${row.stepSeconds} s): ${describeMemory(row)}; one conversation p50 ${latency.p50.toFixed(1)} ms p99 ${latency.p99.toFixed(1)} ms lost ${latency.lost} refused ${latency.refused}`);
    // Past its open-file limit a workerd fails accepts and the runtime crashes: stop short of it.
    const nextFiles = 2 * mostFiles(row) - mostFiles(rows[rows.length - 2]);
    if (failed > STEP / 100 || row.rssMb > MAX_RSS_MB || nextFiles > row.fileLimit * 0.95) {
      log(`stopping: ${failed > STEP / 100 ? "more than 1 % of a step failed" : row.rssMb > MAX_RSS_MB ? `workerd passed ${MAX_RSS_MB} MB` : `another step would take a workerd to about ${nextFiles} open files, past 95 % of its limit`}`);
      break;
    }
  }
  const conv = await (await fetch(`${base}/api/conversations?per_page=1`, { headers: { authorization: `Bearer ${TOKEN}` }, signal: AbortSignal.timeout(30_000) })).json();
  const burst = await overloadBurst(base, TOKEN, conv.conversations[0].id, BURST);
  log(`burst of ${BURST} concurrent reads at one conversation: ${JSON.stringify(burst.tally)}; Retry-After on 503: ${burst.retryAfter.join(", ") || "none"}`);
  console.log(JSON.stringify({ cores: cpus().length, rows, burst }, null, 1));
} finally {
  for (const s of sockets) s.close();
  await server.stop();
  rmSync(persistTo, { recursive: true, force: true });
}
process.exit(0);
