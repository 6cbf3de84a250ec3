// The soak's visitors: each boots (tagged with the run id, so the run's auto message and campaign
// target exactly them), starts one conversation and chats through a resumable socket at a fixed rate.
import { callUntilOk } from "./http.mjs";
import { messageBody, parseBody } from "./bodies.mjs";
import { ResumableSocket } from "./socket.mjs";

/** Boots `count` visitors, `lanes` at a time (a loaded 2-core machine boots a few per second). */
export async function bootVisitors({ base, count, run, stats, lanes = 8 }) {
  const ws = base.replace("http", "ws");
  const visitors = [];
  let next = 0;
  const bootOne = async (i) => {
    const boot = (await callUntilOk(stats, base, "/messenger/demo/boot", { method: "POST", body: { settings: { app_id: "demo", name: `Soak visitor ${i}`, soak_run: run } } })).json;
    const started = (await callUntilOk(stats, base, "/messenger/demo/conversations", { method: "POST", token: boot.token, body: { client_id: `${run}-start-${i}`, body: "soak start" } })).json;
    const conversationId = started.conversation.id;
    const sender = `v${i}`;
    const socket = new ResumableSocket({
      url: (after) => `${ws}/messenger/demo/conversations/${conversationId}/ws?after=${after}`,
      protocols: ["parley.v1", `parley-token.${boot.token}`],
      stats,
      side: "user",
      onPart: (part) => {
        const parsed = parseBody(part.body);
        if (parsed && parsed.sender !== sender) stats.delivered(performance.now() - parsed.sentAt);
      },
    });
    socket.connect();
    visitors.push({ i, sender, contactId: boot.visitor_id, conversationId, token: boot.token, socket, sent: [] });
    if (visitors.length % 50 === 0) console.log(`[soak] booted ${visitors.length}/${count} visitors`);
  };
  await Promise.all(Array.from({ length: lanes }, async () => {
    while (next < count) await bootOne(next++);
  }));
  return visitors.sort((a, b) => a.i - b.i);
}

/** Every visitor sends `rate` messages a second until `until` (performance.now() ms), staggered. */
export function chat(visitors, { rate, until }) {
  const interval = 1000 / rate;
  const timers = visitors.map((v, k) =>
    setTimeout(function tick() {
      if (performance.now() > until) return;
      const n = v.sent.length;
      v.sent.push(`${v.sender}#${n}`);
      v.socket.send(`${v.sender}-${n}-${v.conversationId}`, messageBody(v.sender, n));
      timers[k] = setTimeout(tick, interval);
    }, (k / visitors.length) * interval),
  );
  return () => timers.forEach(clearTimeout);
}
