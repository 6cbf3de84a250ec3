// One round of chat load: pairs of sockets exchanging messages; each received message's delay is
// measured against the send time it carries. Bounded by a fixed duration; counts loss and dupes.

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function open(url, protocols, headers) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, protocols ? { protocols, headers } : undefined);
    ws.onopen = () => resolve(ws);
    ws.onerror = () => reject(new Error(`could not open ${url}`));
  });
}

/**
 * @param {{ pairs: {a: {url: string, protocols?: string[], headers?: object}, b: {url: string, protocols?: string[], headers?: object}}[],
 *           seconds: number, rate: number, encode: (id: string, sentAt: number) => string, decode: (data: string) => {id: string, sentAt: number} | null }} round
 */
let roundCounter = 0;

export async function runRound({ pairs, seconds, rate, encode, decode }) {
  // Ids carry the round, so a late message from an earlier round is never counted in this one.
  const round = ++roundCounter;
  const latencies = [];
  const sent = new Map();
  const received = new Map();
  const sockets = [];
  let lastAt = 0;
  for (const [i, pair] of pairs.entries()) {
    const [a, b] = await Promise.all([open(pair.a.url, pair.a.protocols, pair.a.headers), open(pair.b.url, pair.b.protocols, pair.b.headers)]);
    sockets.push(a, b);
    let n = 0;
    for (const [from, to, side] of [[a, b, "a"], [b, a, "b"]]) {
      to.addEventListener("message", (event) => {
        const msg = typeof event.data === "string" ? decode(event.data) : null;
        if (!msg || !msg.id.startsWith(`r${round}-${i}${side}-`)) return;
        const count = (received.get(msg.id) ?? 0) + 1;
        received.set(msg.id, count);
        if (count === 1) {
          lastAt = performance.now();
          latencies.push(lastAt - msg.sentAt);
        }
      });
      from.sendNext = () => {
        const id = `r${round}-${i}${side}-${n++}`;
        sent.set(id, true);
        from.send(encode(id, performance.now()));
      };
    }
  }
  // Each conversation carries `rate` messages per second, alternately from its two sides.
  const started = performance.now();
  const interval = 1000 / rate;
  const timers = pairs.map((_, k) => {
    let turn = 0;
    const tick = () => {
      if (performance.now() - started > seconds * 1000) return;
      sockets[2 * k + (turn++ % 2)].sendNext();
      timers[k] = setTimeout(tick, interval);
    };
    return setTimeout(tick, (k / pairs.length) * interval);
  });
  await new Promise((r) => setTimeout(r, seconds * 1000));
  timers.forEach(clearTimeout);
  // Late is not lost: wait for the queue to drain (bounded) before counting what never arrived.
  const drainUntil = performance.now() + 30_000;
  while (received.size < sent.size && performance.now() < drainUntil) await new Promise((r) => setTimeout(r, 100));
  for (const ws of sockets) ws.close();
  latencies.sort((x, y) => x - y);
  const lost = [...sent.keys()].filter((id) => !received.has(id)).length;
  const duplicated = [...received.values()].filter((c) => c > 1).length;
  return { messages: sent.size, throughput: latencies.length / (Math.max(1, lastAt - started) / 1000), p50: percentile(latencies, 50), p99: percentile(latencies, 99), lost, duplicated };
}
