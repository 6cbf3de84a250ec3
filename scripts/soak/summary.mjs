// Turns a run's results into named checks with their limits, and the verdict.
/** `growth`: the runtime serving Parley; `proxyGrowth`: wrangler's proxy in front of it, reported only. */
export function summarise({ result, unacked, growth, proxyGrowth, counters, requireMemory = true, allow5xx = false }) {
  const v = result.views;
  const checks = {
    "acknowledged messages lost (visitor / admin / REST views)": { value: `${v.visitor.lost} / ${v.admin.lost} / ${v.rest.lost}`, limit: "0", pass: v.visitor.lost + v.admin.lost + v.rest.lost === 0 },
    "messages duplicated": { value: `${v.visitor.duplicated} / ${v.admin.duplicated} / ${v.rest.duplicated}`, limit: "0", pass: v.visitor.duplicated + v.admin.duplicated + v.rest.duplicated === 0 },
    "messages out of order": { value: `${v.visitor.outOfOrder} / ${v.admin.outOfOrder} / ${v.rest.outOfOrder}`, limit: "0", pass: v.visitor.outOfOrder + v.admin.outOfOrder + v.rest.outOfOrder === 0 },
    "sent but never acknowledged": { value: String(unacked), limit: "0", pass: unacked === 0 },
    "conversations REST could not read at the end": { value: String(result.restFailures), limit: "0", pass: result.restFailures === 0 },
    "conversations whose latest parts by id differ from the export": { value: String(result.restMismatches ?? 0), limit: "0", pass: !result.restMismatches },
    "deliveries duplicated in D1": { value: String(result.deliveries.duplicated), limit: "0", pass: result.deliveries.duplicated === 0 },
    "visitors missing the auto message / a campaign message": { value: `${result.deliveries.missingAuto ?? "n/a"} / ${result.deliveries.missingCampaign ?? "n/a"}`, limit: "0", pass: !result.deliveries.missingAuto && !result.deliveries.missingCampaign },
    "HTTP 5xx answers": { value: String(counters["http:5xx"] ?? 0), limit: allow5xx ? "reported (faults injected)" : "0", pass: allow5xx || !counters["http:5xx"] },
  };
  if (requireMemory) {
    checks["RSS growth of the workerd serving Parley, last 2/3 of the run"] = { value: `${(growth * 100).toFixed(1)} %`, limit: "< 10 %", pass: growth < 0.1 };
    if (proxyGrowth !== undefined) checks["RSS growth of wrangler's dev proxy (not in production), same window"] = { value: `${(proxyGrowth * 100).toFixed(1)} %`, limit: "reported", pass: true };
  }
  return { checks, pass: Object.values(checks).every((c) => c.pass) };
}
