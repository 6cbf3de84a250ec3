// The delivery latency of one conversation, measured alone: a visitor sends, the admin's socket
// receives; one message at a time, `count` times, so the figure is latency and never queueing.
// The sends keep within the room's send limit, as the messenger does: 40 sends 100 ms apart once
// met it, and the refused 21st counted as "not received" at every step.
import { SEND_WINDOW_MS, sendWait } from "../../shared/conversation/sendLimit.ts";
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
  const json = (path, body, token) => fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body), signal: AbortSignal.timeout(30_000) }).then((r) => r.json());
  const boot = await json("/messenger/demo/boot", { settings: { app_id: "demo", name: "Latency probe" } });
  const conv = await json("/messenger/demo/conversations", { client_id: `probe-${Date.now()}`, body: "probe" }, boot.token);
  const ws = base.replace("http", "ws");
  const visitor = await open(`${ws}/messenger/demo/conversations/${conv.conversation.id}/ws?after=1`, { protocols: ["parley.v1", `parley-token.${boot.token}`] });
  const admin = await open(`${ws}/admin/api/conversations/${conv.conversation.id}/ws?after=1`, { protocols: ["parley.v1"], headers: { cookie, origin: base } });
  return { visitor, admin, close: () => (visitor.close(), admin.close()) };
}

export async function measureLatency(pair, count = 40) {
  const latencies = [];
  let refused = 0;
  const sentAt = [];
  for (let n = 0; n < count; n++) {
    await new Promise((r) => setTimeout(r, Math.max(100, sendWait(sentAt, Date.now(), SEND_WINDOW_MS) + 20)));
    const id = `p${Date.now()}-${n}`;
    const t0 = performance.now();
    const got = new Promise((resolve) => {
      let timer;
      const done = (value) => {
        clearTimeout(timer);
        pair.admin.removeEventListener("message", onPart);
        pair.visitor.removeEventListener("message", onRefusal);
        resolve(value);
      };
      const onPart = (event) => String(event.data).includes(id) && done(performance.now() - t0);
      const onRefusal = (event) => String(event.data).includes('"error"') && String(event.data).includes(id) && (refused++, done(NaN));
      pair.admin.addEventListener("message", onPart);
      pair.visitor.addEventListener("message", onRefusal);
      timer = setTimeout(() => done(NaN), 10_000);
    });
    sentAt.push(Date.now());
    pair.visitor.send(JSON.stringify({ type: "send", client_id: id, body: id }));
    latencies.push(await got);
  }
  const ok = latencies.filter(Number.isFinite).sort((a, b) => a - b);
  // Not received within 10 s (late or lost) or refused: either way no latency figure.
  return { p50: percentile(ok, 50), p99: percentile(ok, 99), lost: count - ok.length - refused, refused };
}
