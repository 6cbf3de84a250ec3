// A scheduled run of auto messages: for each live auto message, keyset pages of contacts that
// match its rules and hold no delivery of it yet; each page is claimed in one statement and
// handed on: the first few sent inline, the rest queued (worker/engage/dispatch.ts). Work left
// when the budget runs out is found again by the next run's query (see docs/engage.md).
import { liveAutoMessages } from "../db/autoMessages.ts";
import { audiencePageIds } from "../db/engageAudience.ts";
import type { AutoMessage } from "../db/schema.ts";
import type { Ctx } from "../http/context.ts";
import { senderFor, type Sender } from "./deliver.ts";
import { claimPage, dispatchFor, flush, type Dispatch } from "./dispatch.ts";
import { claimBudget, type RunBudget } from "./budget.ts";
import type { Mailer } from "./mailer.ts";
import { storedRule } from "../db/ruleContact.ts";

export type { RunBudget };

// 45 s keeps a run inside the one-minute cron interval (runs may overlap safely, but need not);
// the time is mostly waiting on D1, far below the CPU limit, and well inside a cron's wall limit.
// Claims are one statement per page of 500 and one sendBatch per 100, so a run can hand a very
// large first send to the queue; the first 25 are sent inline (each a Durable Object call or an
// email), so a handful of due messages arrives without the queue's delay.
export const RUN_BUDGET: RunBudget = { pageSize: 500, maxDeliveries: 250_000, maxInline: 25, maxMillis: 45_000 };

export interface RunReport {
  messages: number;
  pages: number;
  /** Deliveries claimed: sent inline or handed to the queue. */
  delivered: number;
  /** True when the budget stopped the run before every live message was worked through. */
  unfinished: boolean;
}

export interface RunOptions {
  budget?: RunBudget;
  mailer?: Mailer;
  /** Only this workspace's messages; every workspace's when absent. */
  workspaceId?: number;
  /** The run's dispatch, shared by its steps; each step makes and flushes its own when absent. */
  dispatch?: Dispatch;
}

export function emptyReport(): RunReport {
  return { messages: 0, pages: 0, delivered: 0, unfinished: false };
}

/** The step's sender, dispatch and budget; `done` flushes a dispatch the step made itself. */
export function stepOf(c: Ctx, options: RunOptions): { sender: Sender; dispatch: Dispatch; budget: RunBudget; done: () => Promise<void> } {
  const given = options.budget ?? RUN_BUDGET;
  const sender = senderFor(c, options.mailer);
  const dispatch = options.dispatch ?? dispatchFor(c.env, given.maxInline ?? given.maxDeliveries);
  const done = () => (options.dispatch ? Promise.resolve() : flush(sender, dispatch));
  return { sender, dispatch, budget: claimBudget(given, dispatch.queue !== undefined), done };
}

export async function runAutoMessages(c: Ctx, options: RunOptions = {}): Promise<RunReport> {
  const { sender, dispatch, budget, done } = stepOf(c, options);
  const started = Date.now();
  const report = emptyReport();
  try {
    for (const message of await liveAutoMessages(c.db, options.workspaceId)) {
      report.messages++;
      const finished = await runOne(sender, dispatch, message, budget, started, report);
      if (!finished) {
        report.unfinished = true;
        break;
      }
    }
  } finally {
    await done();
  }
  return report;
}

async function runOne(s: Sender, d: Dispatch, message: AutoMessage, budget: RunBudget, started: number, report: RunReport): Promise<boolean> {
  const rule = storedRule(message.rules);
  if (!rule) return true;
  let after = "";
  for (;;) {
    if (Date.now() - started > budget.maxMillis || report.delivered >= budget.maxDeliveries) return false;
    const ids = await audiencePageIds(s.c.db, {
      workspaceId: message.workspaceId,
      rule,
      channel: message.channel,
      now: s.c.now,
      after,
      limit: budget.pageSize,
      notDeliveredAutoMessageId: message.id,
    });
    report.pages++;
    const page = ids.slice(0, budget.maxDeliveries - report.delivered);
    report.delivered += await claimPage(s, d, { autoMessageId: message.id }, message, message.workspaceId, page);
    if (page.length < ids.length) return false;
    const last = ids[ids.length - 1];
    if (last === undefined || ids.length < budget.pageSize) return true;
    after = last;
  }
}
