// Manual messages are sent in pages by the engage runner. The request that creates one sends its
// first page (so a small audience is reached at once); the rest goes out with scheduled runs,
// within their budget, from where the last page stopped.
import { canReceive } from "../../shared/engage/eligibility.ts";
import type { Rule } from "../../shared/rules/index.ts";
import { isContactId } from "../db/contacts.ts";
import { setManualProgress, unfinishedManualMessages } from "../db/deliveries.ts";
import { audiencePageIds, contactsInChunks } from "../db/engageAudience.ts";
import { storedRule } from "../db/ruleContact.ts";
import type { ManualMessage } from "../db/schema.ts";
import type { Ctx } from "../http/context.ts";
import { deliver, senderFor, type Sender } from "./deliver.ts";
import { emptyReport, RUN_BUDGET, type RunBudget, type RunOptions, type RunReport } from "./run.ts";

/** What the creating request sends before it answers; larger audiences continue in scheduled runs. */
export const REQUEST_BUDGET: RunBudget = { pageSize: 100, maxDeliveries: 100, maxMillis: 5_000 };

export type Audience = { kind: "ids"; ids: string[] } | { kind: "rules"; rule: Rule } | null;

/** The stored audience: chosen contacts (sorted, for a keyset walk) or rules. */
export function audienceOf(stored: unknown): Audience {
  if (typeof stored !== "object" || stored === null) return null;
  if ("contact_ids" in stored && Array.isArray(stored.contact_ids)) {
    const ids = stored.contact_ids.filter((id): id is string => typeof id === "string" && isContactId(id));
    return { kind: "ids", ids: [...new Set(ids)].sort() };
  }
  if ("rules" in stored) {
    const rule = storedRule(stored.rules);
    return rule ? { kind: "rules", rule } : null;
  }
  return null;
}

/** The next page of an audience after `after`: ids in ascending order. */
async function pageAfter(c: Ctx, message: ManualMessage, audience: NonNullable<Audience>, after: string, limit: number): Promise<string[]> {
  if (audience.kind === "ids") return audience.ids.filter((id) => id > after).slice(0, limit);
  return audiencePageIds(c.db, { workspaceId: message.workspaceId, rule: audience.rule, channel: message.channel, now: message.createdAt, after, limit });
}

/**
 * Sends pages of one manual message until its audience ends or the budget does. Everything is
 * evaluated and stamped at the message's own time (CONTRACT §5: sent_at is the request time).
 * A page cut short is walked again next time: claimed deliveries are never sent twice.
 */
export async function sendManualPages(c: Ctx, message: ManualMessage, budget: RunBudget, report: RunReport = emptyReport(), s: Sender = senderFor({ ...c, now: message.createdAt })): Promise<boolean> {
  const started = Date.now();
  const audience = audienceOf(message.audience);
  const content = { channel: message.channel, subject: message.subject, body: message.body, fromAdminId: message.fromAdminId };
  let after = message.sendCursor ?? "";
  for (let first = true; audience; first = false) {
    if (!first && Date.now() - started > budget.maxMillis) return stop(c, message, after, false);
    const ids = await pageAfter(s.c, message, audience, after, budget.pageSize);
    report.pages++;
    for await (const contact of contactsInChunks(s.c.db, message.workspaceId, ids)) {
      if (report.delivered >= budget.maxDeliveries) return stop(c, message, after, false);
      if (!canReceive(message.channel, contact)) continue;
      if (await deliver(s, { manualMessageId: message.id }, content, contact)) report.delivered++;
    }
    const last = ids[ids.length - 1];
    if (last === undefined || ids.length < budget.pageSize) break;
    after = last;
  }
  return stop(c, message, after, true);
}

async function stop(c: Ctx, message: ManualMessage, cursor: string, finished: boolean): Promise<boolean> {
  await setManualProgress(c.db, message.id, { sendCursor: cursor || null, finishedAt: finished ? c.now : null });
  return finished;
}

/** A scheduled run's share for one workspace's unfinished manual messages, oldest first. */
export async function runManualMessages(c: Ctx, options: RunOptions & { workspaceId: number }): Promise<RunReport> {
  const budget = options.budget ?? RUN_BUDGET;
  const report = emptyReport();
  const started = Date.now();
  for (const message of await unfinishedManualMessages(c.db, options.workspaceId)) {
    report.messages++;
    const left = { ...budget, maxMillis: budget.maxMillis - (Date.now() - started) };
    const sender = senderFor({ ...c, now: message.createdAt }, options.mailer);
    if (left.maxMillis <= 0 || !(await sendManualPages(c, message, left, report, sender))) {
      report.unfinished = true;
      break;
    }
  }
  return report;
}
