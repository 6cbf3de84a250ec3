import type { Ctx } from "../http/context.ts";
import { runAutoMessages } from "./run.ts";

/** What the cron trigger does each minute; campaigns join auto messages here. */
export async function runScheduled(c: Ctx): Promise<void> {
  const report = await runAutoMessages(c);
  if (report.delivered > 0 || report.unfinished) console.log(JSON.stringify({ level: "info", what: "engage run", now: c.now, ...report }));
}
