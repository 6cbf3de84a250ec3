// One campaign decision for one contact at one scheduled run (CONTRACT §5), as a pure function.
// The scheduled run applies it repeatedly (enrol, then decide again) and only wires it to D1.
import { matches } from "../rules/evaluate.ts";
import type { Rule, RuleContact } from "../rules/types.ts";

export const DAY_SECONDS = 86_400;

export interface CampaignSpec {
  target: Rule;
  goal: Rule;
  exitRules: Rule | null;
  throttleDays: number;
  /** In list order; the position is the message's index. */
  messages: readonly { priority: number; rules: Rule | null }[];
}

export type ExitReason = "goal_reached" | "exit_rules" | "completed";

export interface CampaignContactState {
  enrolled: boolean;
  exited: boolean;
  /** Indices (current positions) of the campaign's messages this contact already received. */
  sentIndices: ReadonlySet<number>;
  /** When any campaign message last reached them, removed messages included; null if never. */
  lastSentAt: number | null;
}

export type CampaignAction = { kind: "enrol" } | { kind: "exit"; reason: ExitReason } | { kind: "send"; index: number } | { kind: "wait" };

export function campaignStep(campaign: CampaignSpec, state: CampaignContactState, contact: RuleContact, now: number): CampaignAction {
  if (state.exited) return { kind: "wait" };
  if (!state.enrolled) return matches(campaign.target, contact, now) ? { kind: "enrol" } : { kind: "wait" };
  if (matches(campaign.goal, contact, now)) return { kind: "exit", reason: "goal_reached" };
  if (campaign.exitRules && matches(campaign.exitRules, contact, now)) return { kind: "exit", reason: "exit_rules" };
  if (campaign.messages.every((_, index) => state.sentIndices.has(index))) return { kind: "exit", reason: "completed" };
  if (state.lastSentAt !== null && now - state.lastSentAt < campaign.throttleDays * DAY_SECONDS) return { kind: "wait" };
  let best: number | null = null;
  campaign.messages.forEach((message, index) => {
    if (state.sentIndices.has(index)) return;
    if (message.rules && !matches(message.rules, contact, now)) return;
    const current = best === null ? undefined : campaign.messages[best];
    if (current === undefined || message.priority < current.priority) best = index;
  });
  return best === null ? { kind: "wait" } : { kind: "send", index: best };
}

/** Applies steps until one is not an enrolment: what a single scheduled run does for a contact. */
export function campaignRunSteps(campaign: CampaignSpec, state: CampaignContactState, contact: RuleContact, now: number): CampaignAction[] {
  const first = campaignStep(campaign, state, contact, now);
  if (first.kind !== "enrol") return [first];
  return [first, campaignStep(campaign, { ...state, enrolled: true }, contact, now)];
}
