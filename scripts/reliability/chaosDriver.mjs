// The chaos driver: until `until`, every `everyMs` one of these, in turn:
// SIGKILL `wrangler dev` (its whole process group) and restart it on the same state and port;
// the same, a moment after a scheduled run started (so it dies mid-page); server-side closes of
// random sockets (and admins' inbox sockets) through the dev-only route; a D1 fault window (writes
// delayed and some failed) through the dev-only hook. Every action is logged with its time.
import { call } from "../soak/http.mjs";
import { scheduledRun } from "../soak/engage.mjs";
import { TOKEN } from "../soak/server.mjs";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pick = (list, n) => [...list].sort(() => Math.random() - 0.5).slice(0, n);

export function startChaos({ server, restart, traffic, stats, until, everyMs = 40_000 }) {
  const started = performance.now();
  const events = [];
  const note = (what) => {
    const e = { t: Math.round((performance.now() - started) / 1000), what };
    events.push(e);
    console.log(`[chaos] t=${e.t}s ${what}`);
  };
  const chaos = (body) => call(stats, server.current.url, "/api/__dev/chaos", { method: "POST", token: TOKEN, body });

  const killAndRestart = async (why) => {
    const t0 = performance.now();
    await server.current.kill();
    stats.count("kills");
    server.current = await restart();
    note(`${why}: killed with SIGKILL and restarted in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };
  const actions = [
    async () => {
      const victims = pick(traffic.visitors, 20);
      const admins = pick(traffic.admins, 1).map((a) => String(a.id));
      const res = await chaos({ close: victims.map((v) => ({ conversation_id: String(v.conversationId), contact_id: String(v.contactId), admin_id: String(v.adminId) })), inbox_admin_ids: admins });
      stats.count("serverCloses");
      note(`server closed the sockets of ${victims.length} conversations and admin ${admins[0]}'s inbox: HTTP ${res.status}`);
    },
    async () => {
      const res = await chaos({ faults: { delay_ms: 300, fail_rate: 0.2 } });
      note(`D1 writes delayed 300 ms, 20% failing, for 10 s: HTTP ${res.status}`);
      const t0 = performance.now();
      note(`scheduled run under D1 faults: HTTP ${await scheduledRun(server.current.url, stats)}`);
      await sleep(Math.max(0, 10_000 - (performance.now() - t0)));
      const off = await chaos({ faults: { delay_ms: 0, fail_rate: 0 } });
      note(`D1 faults off: HTTP ${off.status}`);
    },
    () => killAndRestart("kill"),
    async () => {
      const run = scheduledRun(server.current.url, stats);
      await sleep(30 + Math.random() * 300);
      await killAndRestart("kill during a scheduled run");
      await run;
      note(`scheduled run again after the restart: HTTP ${await scheduledRun(server.current.url, stats)}`);
    },
  ];
  let k = 0;
  const done = (async () => {
    // The last stretch is calm, so clients can resume and the run can drain.
    for (;;) {
      await sleep(everyMs / 2 + Math.random() * everyMs);
      if (performance.now() + 30_000 > until) return;
      await actions[k++ % actions.length]();
    }
  })();
  return { events, done };
}
