// Records a CPU profile of the Worker's isolate (the Worker and its Durable Objects) through
// wrangler dev's inspector, and sums self time per function for a short printed summary.

async function connect(inspectorPort) {
  const targets = await (await fetch(`http://127.0.0.1:${inspectorPort}/json`)).json();
  const target = targets.find((t) => t.webSocketDebuggerUrl) ?? targets[0];
  // The inspector proxy accepts only local or DevTools origins.
  const ws = new WebSocket(target.webSocketDebuggerUrl, { headers: { origin: "http://127.0.0.1" } });
  await new Promise((resolve, reject) => {
    ws.onopen = resolve;
    ws.onerror = () => reject(new Error("could not open the inspector"));
  });
  let next = 1;
  const waiting = new Map();
  ws.onmessage = (event) => {
    const msg = JSON.parse(String(event.data));
    if (msg.id && waiting.has(msg.id)) {
      waiting.get(msg.id)(msg);
      waiting.delete(msg.id);
    }
  };
  const call = (method, params = {}) =>
    new Promise((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      ws.send(JSON.stringify({ id, method, params }));
    });
  return { call, close: () => ws.close() };
}

/** Starts profiling; the returned function stops and resolves to the `.cpuprofile` object. */
export async function startProfile(inspectorPort) {
  const session = await connect(inspectorPort);
  await session.call("Profiler.enable");
  await session.call("Profiler.start");
  return async () => {
    const { result } = await session.call("Profiler.stop");
    session.close();
    return result.profile;
  };
}

/** Self time per function (name and file:line), largest first, as fractions of the sampled time. */
export function topSelfTime(profile, limit = 25) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const hits = new Map();
  const deltas = profile.timeDeltas ?? [];
  profile.samples.forEach((id, i) => hits.set(id, (hits.get(id) ?? 0) + (deltas[i] ?? 0)));
  const total = [...hits.values()].reduce((a, b) => a + b, 0) || 1;
  const perFunction = new Map();
  for (const [id, us] of hits) {
    const frame = byId.get(id)?.callFrame;
    const url = (frame?.url ?? "").split("/").slice(-2).join("/");
    const key = `${frame?.functionName || "(anonymous)"} ${url}:${(frame?.lineNumber ?? 0) + 1}`;
    perFunction.set(key, (perFunction.get(key) ?? 0) + us);
  }
  return [...perFunction.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([name, us]) => ({ name, ms: us / 1000, share: us / total }));
}
