import { openDb } from "../db/client.ts";
import { devD1 } from "../db/devFaults.ts";
import { markServed, workspacesWithWork } from "../db/engageTurns.ts";
import type { Env } from "../env.ts";
import type { Ctx } from "../http/context.ts";
import { runCampaigns } from "./campaignRun.ts";
import type { Mailer } from "./mailer.ts";
import { senderFor } from "./deliver.ts";
import { dispatchFor, flush, sweepLost, type Dispatch } from "./dispatch.ts";
import { claimBudget } from "./budget.ts";
import { runManualMessages } from "./manual.ts";
import { countingD1, type RowCount } from "./rowCounter.ts";
import { runAutoMessages, RUN_BUDGET, type RunBudget } from "./run.ts";
import { fairShare, remaining, spent, turnOrder } from "./turns.ts";

export interface EngageReport {
  workspaces: number;
  delivered: number;
  /** Workspaces the budget stopped before all their work was done. */
  unfinished: number[];
}

/** What the cron trigger does each minute, at scheduledTime: every workspace's engage work, in turn. */
export async function runScheduled(env: Env, now: number, defer: Ctx["defer"], requestId: string): Promise<void> {
  const rows: RowCount | null = env.PARLEY_COUNT_ROWS === "1" ? { queries: 0, rowsRead: 0 } : null;
  const c: Ctx = { env, db: openDb(rows ? countingD1(env.DB, rows) : devD1(env)), requestId, now, defer };
  const started = Date.now();
  const report = await runEngage(c);
  if (report.delivered > 0 || report.unfinished.length > 0) console.log(JSON.stringify({ level: "info", what: "engage run", now, ...report }));
  if (rows) console.log(JSON.stringify({ level: "info", what: "engage run: rows", now, ms: Date.now() - started, queries: rows.queries, rows_read: rows.rowsRead }));
}

/**
 * Each workspace with work gets a fair share of the run's budget first, the one served longest ago
 * first; what is left then goes to those still unfinished, in the same order.
 */
export async function runEngage(c: Ctx, options: { budget?: RunBudget; mailer?: Mailer } = {}): Promise<EngageReport> {
  // One dispatch for the whole run: its first maxInline deliveries are sent inline, the rest queued.
  const given = options.budget ?? RUN_BUDGET;
  const dispatch = dispatchFor(c.env, given.maxInline ?? given.maxDeliveries);
  const budget = claimBudget(given, dispatch.queue !== undefined);
  try {
    await sweepLost(senderFor(c, options.mailer), dispatch);
    return await runTurns(c, budget, dispatch, options.mailer);
  } finally {
    await flush(senderFor(c, options.mailer), dispatch);
  }
}

async function runTurns(c: Ctx, budget: RunBudget, dispatch: Dispatch, mailer?: Mailer): Promise<EngageReport> {
  const started = Date.now();
  const order = turnOrder(await workspacesWithWork(c.db));
  const share = fairShare(budget, order.length);
  const report: EngageReport = { workspaces: order.length, delivered: 0, unfinished: [] };
  const served: number[] = [];
  const behind: number[] = [];
  const left = () => remaining(budget, report.delivered, Date.now() - started);
  const turn = (workspaceId: number, limit: RunBudget) => runWorkspace(c, workspaceId, limit, report, dispatch, mailer);
  for (const workspaceId of order) {
    const now = left();
    if (spent(now)) break;
    served.push(workspaceId);
    if (await turn(workspaceId, { ...share, maxDeliveries: Math.min(share.maxDeliveries, now.maxDeliveries), maxMillis: Math.min(share.maxMillis, now.maxMillis) })) behind.push(workspaceId);
  }
  report.unfinished = order.filter((id) => !served.includes(id));
  for (const workspaceId of behind) {
    const now = left();
    if (spent(now) || (await turn(workspaceId, now))) report.unfinished.push(workspaceId);
  }
  await markServed(c.db, served, c.now);
  return report;
}

/** One workspace's turn: auto messages, then campaigns, then manual messages, within `limit`. True when unfinished. */
async function runWorkspace(c: Ctx, workspaceId: number, limit: RunBudget, report: EngageReport, dispatch: Dispatch, mailer?: Mailer): Promise<boolean> {
  const started = Date.now();
  let delivered = 0;
  const rest = () => remaining(limit, delivered, Date.now() - started);
  for (const run of [runAutoMessages, runCampaigns, runManualMessages]) {
    const budget = rest();
    if (spent(budget)) return true;
    const r = await run(c, { budget, mailer, workspaceId, dispatch });
    delivered += r.delivered;
    report.delivered += r.delivered;
    if (r.unfinished) return true;
  }
  return false;
}
