// The soak's mixed traffic, started at once against one server: visitors chatting, admins replying
// and assigning, engage with a scheduled run every minute, REST and help-center searches. `base()`
// is asked on every REST call, so a restarted server is followed. Stop, drain, then verify.
import { startAdmins } from "./admins.mjs";
import { createEngage, everyMinute, scheduledRun } from "./engage.mjs";
import { call } from "./http.mjs";
import { restTraffic } from "./rest.mjs";
import { ADMIN_EMAILS, PASSWORD, TOKEN } from "./server.mjs";
import { bootVisitors, chat } from "./visitors.mjs";

export async function startTraffic({ base, run, visitors: count, rate, seconds, stats }) {
  const visitors = await bootVisitors({ base: base(), count, run, stats });
  const until = performance.now() + seconds * 1000;
  const admins = await startAdmins({ base: base(), emails: ADMIN_EMAILS, password: PASSWORD, token: TOKEN, visitors, stats, until });
  const engage = await createEngage({ base: base(), token: TOKEN, run, fromAdminId: admins[0].id, stats });
  const stops = [chat(visitors, { rate, until }), everyMinute({ base, stats, until }), restTraffic({ base, token: TOKEN, run, visitors, stats, until }), ...admins.map((a) => a.stop)];
  const finished = new Promise((r) => setTimeout(r, seconds * 1000));
  return { visitors, admins, engage, until, finished, stop: () => stops.forEach((s) => s()) };
}

/**
 * Waits until every message sent has been acknowledged (a saturated server works off its backlog:
 * carry on while acknowledgements still come, up to `timeoutMs`), then closes every socket.
 */
export async function drain(traffic, timeoutMs = 15 * 60_000) {
  const sockets = traffic.visitors.flatMap((v) => [v.socket, v.admin]);
  const pending = () => sockets.reduce((n, s) => n + s.pending.size, 0);
  const deadline = performance.now() + timeoutMs;
  let last = pending();
  let progressAt = performance.now();
  while (last > 0 && performance.now() < deadline && performance.now() - progressAt < 60_000) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = pending();
    if (now < last) progressAt = performance.now();
    last = now;
  }
  // Parts acknowledged to one side reach the other a moment later.
  await new Promise((r) => setTimeout(r, 3000));
  for (const s of sockets) s.close();
  traffic.admins.forEach((a) => a.inbox.close());
  return sockets.reduce((n, s) => n + s.pending.size, 0);
}

/** One last scheduled run, so every visitor booted has been through at least one. */
export async function finalScheduledRun(base, stats) {
  await scheduledRun(base, stats);
  await new Promise((r) => setTimeout(r, 5000));
}

export async function fetchDeliveries(base, stats, engage) {
  const rows = [];
  for (const q of [`auto_message_id=${engage.autoMessageId}`, `campaign_id=${engage.campaignId}`]) {
    let after = "";
    for (let page = 0; page < 50; page++) {
      const res = await call(stats, base, `/api/deliveries?${q}&per_page=1000${after}`, { token: TOKEN });
      const data = res.json?.data ?? [];
      rows.push(...data);
      if (data.length < 1000) break;
      after = `&starting_after=${data[data.length - 1].id}`;
    }
  }
  return rows;
}
