// Manual messages are claimed in pages and handed to the delivery queue. The request that creates
// one claims its first page (queued; a handful of people is sent at once); larger audiences are
// claimed by the scheduled runs, from where the last page stopped. No request walks an audience.
import { canReceive } from "../../shared/engage/eligibility.ts";
import type { Rule } from "../../shared/rules/index.ts";
import { isContactId } from "../db/contacts.ts";
import { setManualProgress, unfinishedManualMessages } from "../db/deliveries.ts";
import { audiencePageIds, contactsByIds } from "../db/engageAudience.ts";
import { storedRule } from "../db/ruleContact.ts";
import type { ManualMessage } from "../db/schema.ts";
import type { Ctx } from "../http/context.ts";
import { senderFor, type Sender } from "./deliver.ts";
import { claimPage, dispatchFor, flush, type Dispatch } from "./dispatch.ts";
import { emptyReport, stepOf, type RunBudget, type RunOptions, type RunReport } from "./run.ts";

/** What the creating request claims before it answers; larger audiences continue in scheduled runs. */
export const REQUEST_BUDGET: RunBudget = { pageSize: 100, maxDeliveries: 100, maxMillis: 5_000 };

/** An audience this small is sent inside the request, as a reply would be; anything larger is queued. */
export const SENT_IN_REQUEST = 10;

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
 * Claims pages of one manual message until its audience ends or the budget does, handing each
 * claim to `d`. Everything is evaluated and stamped at the message's own time (CONTRACT §5:
 * sent_at is the request time). A page cut short is walked again next time: a claim is never made twice.
 */
export async function sendManualPages(c: Ctx, message: ManualMessage, budget: RunBudget, report: RunReport, s: Sender, d: Dispatch, inlineUpTo = 0): Promise<boolean> {
  const started = Date.now();
  const audience = audienceOf(message.audience);
  const content = { channel: message.channel, subject: message.subject, body: message.body, fromAdminId: message.fromAdminId };
  let after = message.sendCursor ?? "";
  for (let first = true; audience; first = false) {
    if (!first && Date.now() - started > budget.maxMillis) return stop(c, message, after, false);
    const ids = await pageAfter(s.c, message, audience, after, budget.pageSize);
    report.pages++;
    if (first && ids.length <= inlineUpTo && ids.length < budget.pageSize) d.inlineLeft = ids.length;
    const page = ids.slice(0, Math.max(0, budget.maxDeliveries - report.delivered));
    // Chosen ids are checked here (this workspace's, reachable); a rules page was checked in SQL.
    const contacts = audience.kind === "ids" ? (await contactsByIds(s.c.db, message.workspaceId, page)).filter((contact) => canReceive(message.channel, contact)) : undefined;
    report.delivered += await claimPage(s, d, { manualMessageId: message.id }, content, message.workspaceId, contacts ? contacts.map((x) => x.id) : page, contacts);
    if (page.length < ids.length) return stop(c, message, after, false);
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

/** The creating request's part: its first page claimed and queued (sent at once if tiny). */
export async function startManualMessage(c: Ctx, message: ManualMessage): Promise<{ claimed: number; finished: boolean }> {
  const s = senderFor({ ...c, now: message.createdAt });
  const d = dispatchFor(c.env, 0);
  const report = emptyReport();
  try {
    const finished = await sendManualPages(c, message, REQUEST_BUDGET, report, s, d, SENT_IN_REQUEST);
    return { claimed: report.delivered, finished };
  } finally {
    await flush(s, d);
  }
}

/** A scheduled run's share for one workspace's unfinished manual messages, oldest first. */
export async function runManualMessages(c: Ctx, options: RunOptions & { workspaceId: number }): Promise<RunReport> {
  const { dispatch, budget, done } = stepOf(c, options);
  const report = emptyReport();
  const started = Date.now();
  try {
    for (const message of await unfinishedManualMessages(c.db, options.workspaceId)) {
      report.messages++;
      const left = { ...budget, maxMillis: budget.maxMillis - (Date.now() - started) };
      const sender = senderFor({ ...c, now: message.createdAt }, options.mailer);
      if (left.maxMillis <= 0 || report.delivered >= budget.maxDeliveries || !(await sendManualPages(c, message, left, report, sender, dispatch))) {
        report.unfinished = true;
        break;
      }
    }
  } finally {
    await done();
  }
  return report;
}
