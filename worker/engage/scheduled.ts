import type { Ctx } from "../http/context.ts";
import { runCampaigns } from "./campaignRun.ts";
import { runAutoMessages } from "./run.ts";

/** What the cron trigger does each minute: auto messages, then campaigns, both at scheduledTime. */
export async function runScheduled(c: Ctx): Promise<void> {
  const auto = await runAutoMessages(c);
  const campaigns = await runCampaigns(c);
  for (const [what, report] of [["auto messages", auto], ["campaigns", campaigns]] as const) {
    if (report.delivered > 0 || report.unfinished) console.log(JSON.stringify({ level: "info", what: `engage run: ${what}`, now: c.now, ...report }));
  }
}
