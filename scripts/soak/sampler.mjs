// Every `everyMs` a sample: workerd's RSS, the window's latency percentiles and throughput, the
// counters so far (errors, reconnects, 5xx), and whatever `probes` measure (async, may fail: then
// the field is absent). `pid()` is asked each time: chaos restarts the server.
import { workerdMemory } from "./memory.mjs";

const MB = 1048576;

export function startSampler({ stats, pid, probes = {}, everyMs = 10_000, log = () => {} }) {
  const started = performance.now();
  const samples = [];
  let k = 0;
  const timer = setInterval(async () => {
    const window = stats.drain(everyMs / 1000);
    const memory = workerdMemory(pid());
    const sample = { t: Math.round((performance.now() - started) / 1000), rssMb: memory.rss / MB, anonMb: memory.anon / MB, fileMb: memory.file / MB, parleyRssMb: memory.parleyRss / MB, parleyAnonMb: memory.parleyAnon / MB, proxyRssMb: memory.proxyRss / MB, ...window, counters: { ...stats.counters } };
    const index = k++;
    for (const [name, probe] of Object.entries(probes)) {
      const value = await probe(index).catch(() => undefined);
      if (Number.isFinite(value)) sample[name] = value;
    }
    samples.push(sample);
    log(sample);
  }, everyMs);
  return { samples, stop: () => clearInterval(timer) };
}
