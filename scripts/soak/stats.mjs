// Counters for the whole run and a window of latencies and deliveries that the sampler drains
// every 10 s. Latency is from the sender's send to the other side's socket receiving the part.
import { percentile } from "../bench/chatLoad.mjs";

export class Stats {
  constructor() {
    this.counters = {};
    this.serverErrors = [];
    this.reset();
  }

  reset() {
    this.window = { latencies: [], acks: [], delivered: 0 };
  }

  count(name, n = 1) {
    this.counters[name] = (this.counters[name] ?? 0) + n;
  }

  delivered(ms) {
    this.window.latencies.push(ms);
    this.window.delivered++;
    this.count("delivered");
  }

  ack(ms) {
    this.window.acks.push(ms);
  }

  /** One HTTP answer (or a failed request: status 0); 5xx are kept with their route for the report. */
  http(route, status) {
    this.count(status === 0 ? "http:unreachable" : `http:${Math.floor(status / 100)}xx`);
    if (status >= 500 && this.serverErrors.length < 200) this.serverErrors.push({ at: Date.now(), route, status });
  }

  /** The window's summary; starts the next window. */
  drain(seconds) {
    const lat = this.window.latencies.sort((a, b) => a - b);
    const acks = this.window.acks.sort((a, b) => a - b);
    const out = { p50: percentile(lat, 50), p99: percentile(lat, 99), ackP50: percentile(acks, 50), ackP99: percentile(acks, 99), throughput: this.window.delivered / seconds };
    this.reset();
    return out;
  }
}
