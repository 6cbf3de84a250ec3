// Engage under load: a live in-app auto message and a two-message campaign (no throttle) aimed at
// this run's visitors, and a scheduled run every minute through wrangler dev's cron route.
import { call, callUntilOk } from "./http.mjs";

export async function createEngage({ base, token, run, fromAdminId, stats }) {
  const audience = { field: "custom_attributes.soak_run", operator: "=", value: run };
  const auto = (await callUntilOk(stats, base, "/api/auto_messages", { method: "POST", token, body: { title: `Soak ${run} welcome`, channel: "in_app", body: "Welcome from the soak.", from_admin_id: fromAdminId, rules: audience, state: "live" } })).json;
  const message = (title, priority) => ({ title, channel: "in_app", body: `${title} (soak).`, from_admin_id: fromAdminId, priority });
  const campaign = (
    await callUntilOk(stats, base, "/api/campaigns", {
      method: "POST",
      token,
      body: { name: `Soak ${run} onboarding`, target: audience, goal: { field: "custom_attributes.soak_goal", operator: "=", value: "never" }, throttle_days: 0, state: "live", messages: [message("First step", 1), message("Second step", 2)] },
    })
  ).json;
  return { autoMessageId: auto.id, campaignId: campaign.id };
}

/** Fires one scheduled run at `time` (unix ms); resolves with the HTTP status (0: unreachable). */
export async function scheduledRun(base, stats, time = Date.now()) {
  const res = await call(stats, base, `/cdn-cgi/local/scheduled?cron=*+*+*+*+*&time=${time}`, { timeoutMs: 180_000 });
  stats.count(res.status === 200 ? "scheduledRuns" : "scheduledFailed");
  return res.status;
}

/** A scheduled run now and then every `everyMs` until `until`; returns a stop function. */
export function everyMinute({ base, stats, until, everyMs = 60_000 }) {
  let timer;
  const tick = async () => {
    if (performance.now() > until) return;
    await scheduledRun(base(), stats);
    timer = setTimeout(tick, everyMs);
  };
  timer = setTimeout(tick, 5000);
  return () => clearTimeout(timer);
}
