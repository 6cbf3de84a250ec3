// A scheduled run of campaigns: for each live campaign, keyset pages of contacts that match its
// target or are enrolled (never exited); campaignStep decides each one, this file only applies
// the decision: enrolment and exit rows, and deliveries claimed before they are sent.
import { campaignRunSteps, type CampaignSpec, type CampaignContactState } from "../../shared/engage/campaignStep.ts";
import { canReceive } from "../../shared/engage/eligibility.ts";
import { toSql, type Rule } from "../../shared/rules/index.ts";
import { campaignSendsFor, candidateIds, candidatePageSql, enrolmentsFor, liveCampaigns, messagesOf, setCampaignCursor, writeStates, type StateWrite } from "../db/campaigns.ts";
import { contactsByIds, eventCountsOfMany } from "../db/engageAudience.ts";
import { tagNamesOfContacts } from "../db/taggings.ts";
import type { Campaign, CampaignMessage, Contact } from "../db/schema.ts";
import type { Ctx } from "../http/context.ts";
import type { Sender } from "./deliver.ts";
import { deliver, type Dispatch } from "./dispatch.ts";
import { ruleContactOf, storedRule } from "../db/ruleContact.ts";
import { emptyReport, stepOf, type RunBudget, type RunOptions, type RunReport } from "./run.ts";

const NEVER: Rule = { operator: "OR", value: [] };

/** The run's sender with its dispatch: claimed campaign deliveries are sent inline or queued. */
type Step = Sender & { dispatch: Dispatch };

interface Loaded {
  campaign: Campaign;
  spec: CampaignSpec;
  messages: CampaignMessage[];
}

function load(campaign: Campaign, messages: CampaignMessage[]): Loaded | null {
  const target = storedRule(campaign.target);
  const goal = storedRule(campaign.goal);
  const exitRules = campaign.exitRules === null ? null : storedRule(campaign.exitRules);
  if (!target || !goal || (campaign.exitRules !== null && !exitRules)) return null;
  const specMessages = messages.map((m) => ({ priority: m.priority, rules: m.rules === null ? null : (storedRule(m.rules) ?? NEVER) }));
  return { campaign, messages, spec: { target, goal, exitRules, throttleDays: campaign.throttleDays, messages: specMessages } };
}

export async function runCampaigns(c: Ctx, options: RunOptions = {}): Promise<RunReport> {
  const { sender, dispatch, budget, done } = stepOf(c, options);
  const s: Step = { ...sender, dispatch };
  const started = Date.now();
  const report = emptyReport();
  try {
    for (const campaign of await liveCampaigns(c.db, options.workspaceId)) {
      report.messages++;
      const loaded = load(campaign, await messagesOf(c.db, campaign.id));
      if (!loaded) continue;
      if (!(await runOne(s, loaded, budget, started, report))) {
        report.unfinished = true;
        // Out of time, each later campaign still advances one page; out of deliveries, nothing can.
        if (report.delivered >= budget.maxDeliveries) break;
      }
    }
  } finally {
    await done();
  }
  return report;
}

/**
 * Walks the campaign's candidates from where the last unfinished run stopped. At least one page
 * per run, so a campaign always advances; the cursor goes back to the start after a full pass.
 */
async function runOne(s: Step, l: Loaded, budget: RunBudget, started: number, report: RunReport): Promise<boolean> {
  const target = toSql(l.spec.target, s.c.now, "contacts");
  const stopAt = async (cursor: string | null, finished: boolean) => {
    if (cursor !== l.campaign.runCursor) await setCampaignCursor(s.c.db, l.campaign.id, cursor);
    return finished;
  };
  for (let after = l.campaign.runCursor ?? "", first = true; ; first = false) {
    if (!first && Date.now() - started > budget.maxMillis) return stopAt(after, false);
    const ids = await candidateIds(s.c.db, candidatePageSql(target, { workspaceId: l.campaign.workspaceId, campaignId: l.campaign.id, after, limit: budget.pageSize }));
    report.pages++;
    // A page cut short by the delivery budget is walked again: claimed deliveries are never resent.
    if (!(await runPage(s, l, ids, budget, report))) return stopAt(after || null, false);
    const last = ids[ids.length - 1];
    if (last === undefined || ids.length < budget.pageSize) return stopAt(null, true);
    after = last;
  }
}

async function runPage(s: Step, l: Loaded, ids: string[], budget: RunBudget, report: RunReport): Promise<boolean> {
  const { db } = s.c;
  const [contacts, enrolments, sends, events, tags] = await Promise.all([
    contactsByIds(db, l.campaign.workspaceId, ids),
    enrolmentsFor(db, l.campaign.id, ids),
    campaignSendsFor(db, l.campaign.id, ids),
    eventCountsOfMany(db, l.campaign.workspaceId, ids),
    tagNamesOfContacts(db, l.campaign.workspaceId, ids),
  ]);
  const positionOf = new Map(l.messages.map((m, index) => [m.id, index]));
  // Enrolments and exits of a page are written together at its end: one round trip, not hundreds.
  const writes: StateWrite[] = [];
  try {
    const enrolmentOf = new Map(enrolments.map((e) => [e.contactId, e]));
    const sendsOf = new Map<string, typeof sends>();
    for (const d of sends) sendsOf.set(d.contactId, [...(sendsOf.get(d.contactId) ?? []), d]);
    return await decideAll(s, l, contacts, { enrolmentOf, sendsOf, events, tags, positionOf, writes }, budget, report);
  } finally {
    await writeStates(db, writes);
  }
}

interface PageState {
  enrolmentOf: Map<string, Awaited<ReturnType<typeof enrolmentsFor>>[number]>;
  sendsOf: Map<string, Awaited<ReturnType<typeof campaignSendsFor>>>;
  events: Map<string, Record<string, number>>;
  tags: Map<string, string[]>;
  positionOf: Map<number, number>;
  writes: StateWrite[];
}

async function decideAll(s: Step, l: Loaded, contacts: Contact[], p: PageState, budget: RunBudget, report: RunReport): Promise<boolean> {
  const { now } = s.c;
  const { enrolmentOf, sendsOf, events, tags, positionOf, writes } = p;
  for (const contact of contacts) {
    const enrolment = enrolmentOf.get(contact.id);
    const mine = sendsOf.get(contact.id) ?? [];
    const state: CampaignContactState = {
      enrolled: enrolment !== undefined,
      exited: enrolment?.exitedAt != null,
      sentIndices: new Set(mine.flatMap((d) => (d.messageId !== null && positionOf.has(d.messageId) ? [positionOf.get(d.messageId) ?? -1] : []))),
      lastSentAt: mine.reduce<number | null>((latest, d) => (latest === null || d.sentAt > latest ? d.sentAt : latest), null),
    };
    // A message on a channel that cannot reach this contact is, for them, a message whose rules never match.
    const spec = { ...l.spec, messages: l.spec.messages.map((m, i) => (canReceive(l.messages[i]?.channel ?? "in_app", contact) ? m : { ...m, rules: NEVER })) };
    for (const action of campaignRunSteps(spec, state, ruleContactOf(contact, events.get(contact.id) ?? {}, tags.get(contact.id) ?? []), now)) {
      if (action.kind === "enrol") writes.push({ kind: "enrol", workspaceId: contact.workspaceId, campaignId: l.campaign.id, contactId: contact.id, at: now });
      if (action.kind === "exit") writes.push({ kind: "exit", workspaceId: contact.workspaceId, campaignId: l.campaign.id, contactId: contact.id, at: now, reason: action.reason });
      if (action.kind === "send") {
        if (report.delivered >= budget.maxDeliveries) return false;
        const message = l.messages[action.index];
        if (message && (await sendOne(s, l.campaign, message, action.index, contact))) report.delivered++;
      }
    }
  }
  return true;
}

function sendOne(s: Step, campaign: Campaign, message: CampaignMessage, index: number, contact: Contact) {
  return deliver(s, { campaignId: campaign.id, campaignMessageIndex: index, campaignMessageId: message.id }, message, contact, s.dispatch);
}
