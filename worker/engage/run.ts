// A scheduled run of auto messages: for each live auto message, keyset pages of contacts that
// match its rules and hold no delivery of it yet; each is claimed, then sent. Work left when the
// budget runs out is found again by the next run's query (see docs/engage.md).
import { liveAutoMessages } from "../db/autoMessages.ts";
import { audiencePageIds, contactsInChunks } from "../db/engageAudience.ts";
import type { AutoMessage } from "../db/schema.ts";
import type { Ctx } from "../http/context.ts";
import { deliver, senderFor, type Sender } from "./deliver.ts";
import type { RunBudget } from "./budget.ts";
import type { Mailer } from "./mailer.ts";
import { storedRule } from "../db/ruleContact.ts";

export type { RunBudget };

// 45 s keeps a run inside the one-minute cron interval (runs may overlap safely, but need not);
// the time is mostly waiting on D1, far below the CPU limit, and well inside a cron's wall limit.
export const RUN_BUDGET: RunBudget = { pageSize: 500, maxDeliveries: 400, maxMillis: 45_000 };

export interface RunReport {
  messages: number;
  pages: number;
  delivered: number;
  /** True when the budget stopped the run before every live message was worked through. */
  unfinished: boolean;
}

export interface RunOptions {
  budget?: RunBudget;
  mailer?: Mailer;
  /** Only this workspace's messages; every workspace's when absent. */
  workspaceId?: number;
}

export function emptyReport(): RunReport {
  return { messages: 0, pages: 0, delivered: 0, unfinished: false };
}

export async function runAutoMessages(c: Ctx, options: RunOptions = {}): Promise<RunReport> {
  const budget = options.budget ?? RUN_BUDGET;
  const sender = senderFor(c, options.mailer);
  const started = Date.now();
  const report = emptyReport();
  for (const message of await liveAutoMessages(c.db, options.workspaceId)) {
    report.messages++;
    const finished = await runOne(sender, message, budget, started, report);
    if (!finished) {
      report.unfinished = true;
      break;
    }
  }
  return report;
}

async function runOne(s: Sender, message: AutoMessage, budget: RunBudget, started: number, report: RunReport): Promise<boolean> {
  const rule = storedRule(message.rules);
  if (!rule) return true;
  let after = "";
  for (;;) {
    if (Date.now() - started > budget.maxMillis) return false;
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
    for await (const contact of contactsInChunks(s.c.db, message.workspaceId, ids)) {
      if (report.delivered >= budget.maxDeliveries) return false;
      if (await deliver(s, { autoMessageId: message.id }, message, contact)) report.delivered++;
    }
    const last = ids[ids.length - 1];
    if (last === undefined || ids.length < budget.pageSize) return true;
    after = last;
  }
}
