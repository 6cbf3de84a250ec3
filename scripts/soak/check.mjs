// Runs the end-of-run checks against the three views of every conversation (visitor socket, admin
// socket, REST: the export's whole log, and the latest parts read by id) and the deliveries in D1.
import { exportedBodies, recentViewMatches } from "./restViews.mjs";
import { TOKEN } from "./server.mjs";
import { fetchDeliveries } from "./traffic.mjs";
import { checkView, duplicateDeliveries, missingDeliveries } from "./verify.mjs";

const socketBodies = (socket) => [...socket.parts.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p.body);
const add = (total, r) => ({ lost: total.lost + r.lost, duplicated: total.duplicated + r.duplicated, outOfOrder: total.outOfOrder + r.outOfOrder });
const zero = () => ({ lost: 0, duplicated: 0, outOfOrder: 0 });

export async function checkRun({ base, stats, traffic }) {
  const views = { visitor: zero(), admin: zero(), rest: zero() };
  let restFailures = 0;
  let restMismatches = 0;
  let sent = 0;
  const exported = await exportedBodies(base, TOKEN, new Set(traffic.visitors.map((v) => String(v.conversationId))));
  const queue = [...traffic.visitors];
  const worker = async () => {
    for (let v = queue.shift(); v; v = queue.shift()) {
      // Only acknowledged messages must be there; what a saturated server never acknowledged is
      // counted apart (summary: "sent but never acknowledged").
      const acked = (socket) => (key) => socket.acked.has(`${key.replace("#", "-")}-${v.conversationId}`);
      const keys = [...v.sent.filter(acked(v.socket)), ...v.adminSent.filter(acked(v.admin))];
      sent += keys.length;
      views.visitor = add(views.visitor, checkView(keys, socketBodies(v.socket)));
      views.admin = add(views.admin, checkView(keys, socketBodies(v.admin)));
      const log = exported.get(String(v.conversationId));
      if (log) views.rest = add(views.rest, checkView(keys, log));
      const recent = await recentViewMatches(stats, base, TOKEN, v.conversationId, log);
      if (!recent.read) restFailures++;
      else if (!recent.matches) restMismatches++;
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  const rows = await fetchDeliveries(base, stats, traffic.engage);
  const contacts = traffic.visitors.map((v) => v.contactId);
  const runs = stats.counters.scheduledRuns ?? 0;
  const deliveries = {
    rows: rows.length,
    duplicated: duplicateDeliveries(rows),
    missingAuto: runs >= 1 ? missingDeliveries(rows, contacts, (d) => d.auto_message_id === traffic.engage.autoMessageId) : null,
    missingCampaign: runs >= 2 ? [0, 1].reduce((n, i) => n + missingDeliveries(rows, contacts, (d) => d.campaign_id === traffic.engage.campaignId && d.campaign_message_index === i), 0) : null,
  };
  return { sent, views, restFailures, restMismatches, deliveries };
}
