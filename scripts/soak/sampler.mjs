// Every `everyMs` a sample: workerd's RSS, the window's latency percentiles and throughput, and the
// counters so far (errors, reconnects, 5xx). `pid()` is asked each time: chaos restarts the server.
import { workerdRss } from "./memory.mjs";

export function startSampler({ stats, pid, everyMs = 10_000, log = () => {} }) {
  const started = performance.now();
  const samples = [];
  const timer = setInterval(() => {
    const window = stats.drain(everyMs / 1000);
    const sample = { t: Math.round((performance.now() - started) / 1000), rssMb: workerdRss(pid()) / 1048576, ...window, counters: { ...stats.counters } };
    samples.push(sample);
    log(sample);
  }, everyMs);
  return { samples, stop: () => clearInterval(timer) };
}
