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
    new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, (msg) => (msg.error ? reject(new Error(`inspector ${method}: ${msg.error.message ?? JSON.stringify(msg.error)}`)) : resolve(msg)));
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

/** One inspector session (wrangler's proxy serves one client at a time) for heap measurements. */
export async function heapInspector(inspectorPort) {
  const session = await connect(inspectorPort);
  await session.call("HeapProfiler.enable");
  return {
    /** The isolate's heap in use and its size, in bytes, after a forced full GC when asked. */
    async usage({ collect = false } = {}) {
      if (collect) await session.call("HeapProfiler.collectGarbage");
      const { result } = await session.call("Runtime.getHeapUsage");
      return { used: result.usedSize, total: result.totalSize };
    },
    startSampling: () => session.call("HeapProfiler.startSampling", { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true }),
    /** Resolves to the `.heapprofile` object of the allocations since startSampling. */
    async stopSampling() {
      const { result } = await session.call("HeapProfiler.stopSampling");
      return result.profile;
    },
    close: () => session.close(),
  };
}

/** Bytes allocated per function (self), largest first, from a sampling heap profile. */
export function topAllocations(profile, limit = 25) {
  const perFunction = new Map();
  const walk = (node) => {
    const frame = node.callFrame;
    const url = (frame.url ?? "").split("/").slice(-2).join("/");
    const key = `${frame.functionName || "(anonymous)"} ${url}:${frame.lineNumber + 1}`;
    perFunction.set(key, (perFunction.get(key) ?? 0) + node.selfSize);
    for (const child of node.children ?? []) walk(child);
  };
  walk(profile.head);
  const total = [...perFunction.values()].reduce((a, b) => a + b, 0) || 1;
  return [...perFunction.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([name, bytes]) => ({ name, bytes, share: bytes / total }));
}
