import { openDb } from "../db/client.ts";
import type { Env } from "../env.ts";
import type { Ctx } from "../http/context.ts";
import { runCampaigns } from "./campaignRun.ts";
import { countingD1, type RowCount } from "./rowCounter.ts";
import { runAutoMessages } from "./run.ts";

/** What the cron trigger does each minute: auto messages, then campaigns, both at scheduledTime. */
export async function runScheduled(env: Env, now: number, defer: Ctx["defer"], requestId: string): Promise<void> {
  const rows: RowCount | null = env.PARLEY_COUNT_ROWS === "1" ? { queries: 0, rowsRead: 0 } : null;
  const c: Ctx = { env, db: openDb(rows ? countingD1(env.DB, rows) : env.DB), requestId, now, defer };
  const started = Date.now();
  const auto = await runAutoMessages(c);
  const campaigns = await runCampaigns(c);
  for (const [what, report] of [["auto messages", auto], ["campaigns", campaigns]] as const) {
    if (report.delivered > 0 || report.unfinished) console.log(JSON.stringify({ level: "info", what: `engage run: ${what}`, now, ...report }));
  }
  if (rows) console.log(JSON.stringify({ level: "info", what: "engage run: rows", now, ms: Date.now() - started, queries: rows.queries, rows_read: rows.rowsRead }));
}
