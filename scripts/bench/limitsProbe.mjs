// The delivery latency of one conversation, measured alone: a visitor sends, the admin's socket
// receives; one message at a time, `count` times, so the figure is latency and never queueing.
import { percentile } from "./chatLoad.mjs";

/** Resolves once the backlog is through (`synced`), so the first probe message is a live one. */
function open(url, options) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, options);
    ws.onmessage = (event) => String(event.data).includes('"synced"') && resolve(ws);
    ws.onerror = () => reject(new Error(`could not open ${url}`));
  });
}

/** Sockets for one visitor/admin pair of a conversation; `close()` them after. */
export async function probePair(base, cookie) {
  const json = (path, body, token) => fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) }).then((r) => r.json());
  const boot = await json("/messenger/demo/boot", { settings: { app_id: "demo", name: "Latency probe" } });
  const conv = await json("/messenger/demo/conversations", { client_id: `probe-${Date.now()}`, body: "probe" }, boot.token);
  const ws = base.replace("http", "ws");
  const visitor = await open(`${ws}/messenger/demo/conversations/${conv.conversation.id}/ws?after=1`, { protocols: ["parley.v1", `parley-token.${boot.token}`] });
  const admin = await open(`${ws}/admin/api/conversations/${conv.conversation.id}/ws?after=1`, { protocols: ["parley.v1"], headers: { cookie, origin: base } });
  return { visitor, admin, close: () => (visitor.close(), admin.close()) };
}

export async function measureLatency(pair, count = 40) {
  const latencies = [];
  for (let n = 0; n < count; n++) {
    const id = `p${Date.now()}-${n}`;
    const t0 = performance.now();
    const got = new Promise((resolve) => {
      const onMessage = (event) => {
        if (String(event.data).includes(id)) {
          pair.admin.removeEventListener("message", onMessage);
          resolve(performance.now() - t0);
        }
      };
      pair.admin.addEventListener("message", onMessage);
      setTimeout(() => {
        pair.admin.removeEventListener("message", onMessage);
        resolve(NaN);
      }, 10_000);
    });
    pair.visitor.send(JSON.stringify({ type: "send", client_id: id, body: id }));
    latencies.push(await got);
    await new Promise((r) => setTimeout(r, 100));
  }
  const ok = latencies.filter(Number.isFinite).sort((a, b) => a - b);
  // Not received within 10 s: late or lost, either way no latency figure.
  return { p50: percentile(ok, 50), p99: percentile(ok, 99), lost: count - ok.length };
}
