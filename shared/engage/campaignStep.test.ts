import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matches } from "../rules/evaluate.ts";
import type { Rule, RuleContact } from "../rules/types.ts";
import { campaignRunSteps, campaignStep, DAY_SECONDS, type CampaignAction, type CampaignSpec, type CampaignContactState } from "./campaignStep.ts";

const T0 = 1_900_000_000;

// ---- A reference model of CONTRACT §5, written apart from the engine: it walks the contract's
// sentences in order over its own record of what happened, instead of the engine's state shape.
type ModelEvent = { kind: "enrol" } | { kind: "exit"; reason: string } | { kind: "send"; index: number; at: number };

function modelRun(campaign: CampaignSpec, history: ModelEvent[], contact: RuleContact, now: number): ModelEvent[] {
  const out: ModelEvent[] = [];
  if (history.some((e) => e.kind === "exit")) return out;
  const wasEnrolled = history.some((e) => e.kind === "enrol");
  if (!wasEnrolled) {
    if (!matches(campaign.target, contact, now)) return out;
    out.push({ kind: "enrol" });
  }
  const sends = history.filter((e): e is Extract<ModelEvent, { kind: "send" }> => e.kind === "send");
  if (matches(campaign.goal, contact, now)) return [...out, { kind: "exit", reason: "goal_reached" }];
  if (campaign.exitRules !== null && matches(campaign.exitRules, contact, now)) return [...out, { kind: "exit", reason: "exit_rules" }];
  const received = new Set(sends.map((s) => s.index));
  if (campaign.messages.length === received.size && campaign.messages.every((_, i) => received.has(i))) return [...out, { kind: "exit", reason: "completed" }];
  const latest = Math.max(-Infinity, ...sends.map((s) => s.at));
  if (now - latest < campaign.throttleDays * DAY_SECONDS) return out;
  const candidates = campaign.messages
    .map((m, index) => ({ ...m, index }))
    .filter((m) => !received.has(m.index) && (m.rules === null || matches(m.rules, contact, now)))
    .sort((a, b) => a.priority - b.priority || a.index - b.index);
  const pick = candidates[0];
  return pick ? [...out, { kind: "send", index: pick.index, at: now }] : out;
}

// ---- Generators: small rules over the fields a campaign typically uses, contacts that change.
const predicate: fc.Arbitrary<Rule> = fc.oneof(
  fc.record({ field: fc.constant("web_sessions" as const), operator: fc.constantFrom(">" as const, "<" as const, "=" as const), value: fc.integer({ min: 0, max: 30 }) }),
  fc.record({ field: fc.constant("signed_up_at" as const), operator: fc.constantFrom(">" as const, "<" as const), value: fc.record({ days_ago: fc.integer({ min: 0, max: 40 }) }) }),
  fc.record({ field: fc.constant("custom_attributes.plan" as const), operator: fc.constant("=" as const), value: fc.constantFrom("free", "pro") }),
);
const rule: fc.Arbitrary<Rule> = fc.oneof(predicate, fc.record({ operator: fc.constantFrom("AND" as const, "OR" as const), value: fc.array(predicate, { minLength: 1, maxLength: 3 }) }));
const campaign: fc.Arbitrary<CampaignSpec> = fc.record({
  target: rule,
  goal: rule,
  exitRules: fc.option(rule, { nil: null }),
  throttleDays: fc.integer({ min: 0, max: 5 }),
  messages: fc.array(fc.record({ priority: fc.integer({ min: 1, max: 3 }), rules: fc.option(rule, { nil: null }) }), { maxLength: 5 }),
});
const change = fc.record({ seconds: fc.integer({ min: 0, max: 3 * DAY_SECONDS }), sessions: fc.integer({ min: 0, max: 6 }), plan: fc.option(fc.constantFrom("free", "pro"), { nil: null }) });
const start = fc.record({ signedUpDaysAgo: fc.integer({ min: 0, max: 40 }), sessions: fc.integer({ min: 0, max: 25 }), plan: fc.constantFrom("free", "pro") });

function contactAt(s: { signedUpDaysAgo: number; sessions: number; plan: string }): RuleContact {
  return {
    role: "user",
    email: "a@example.com",
    name: "A",
    external_id: "a",
    signed_up_at: T0 - s.signedUpDaysAgo * DAY_SECONDS,
    last_seen_at: T0,
    created_at: T0 - 50 * DAY_SECONDS,
    web_sessions: s.sessions,
    custom_attributes: { plan: s.plan },
    events: {},
  };
}

/** Drives the engine the way the scheduled run does, keeping the engine's own state shape. */
function engineTrace(spec: CampaignSpec, first: RuleContact, changes: { seconds: number; sessions: number; plan: string | null }[]) {
  let contact = first;
  let now = T0;
  let state: CampaignContactState = { enrolled: false, exited: false, sentIndices: new Set(), lastSentAt: null };
  const trace: { now: number; contact: RuleContact; state: CampaignContactState; actions: CampaignAction[] }[] = [];
  for (const step of [{ seconds: 0, sessions: 0, plan: null }, ...changes]) {
    now += step.seconds;
    contact = { ...contact, web_sessions: contact.web_sessions + step.sessions, custom_attributes: step.plan ? { plan: step.plan } : contact.custom_attributes };
    const actions = campaignRunSteps(spec, state, contact, now);
    trace.push({ now, contact, state, actions });
    for (const action of actions) {
      if (action.kind === "enrol") state = { ...state, enrolled: true };
      if (action.kind === "exit") state = { ...state, exited: true };
      if (action.kind === "send") state = { ...state, sentIndices: new Set([...state.sentIndices, action.index]), lastSentAt: now };
    }
  }
  return trace;
}

const asModel = (a: CampaignAction, now: number): ModelEvent[] =>
  a.kind === "wait" ? [] : a.kind === "send" ? [{ kind: "send", index: a.index, at: now }] : a.kind === "exit" ? [{ kind: "exit", reason: a.reason }] : [{ kind: "enrol" }];

describe("campaignStep", () => {
  it("agrees with the reference model on random campaigns, contacts and run times", () => {
    fc.assert(
      fc.property(campaign, start, fc.array(change, { maxLength: 12 }), (spec, s, changes) => {
        const history: ModelEvent[] = [];
        for (const { now, contact, actions } of engineTrace(spec, contactAt(s), changes)) {
          const expected = modelRun(spec, history, contact, now);
          expect(actions.flatMap((a) => asModel(a, now))).toEqual(expected);
          history.push(...expected);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("keeps the invariants: throttle, each message once, nothing after exit, priority among eligible", () => {
    fc.assert(
      fc.property(campaign, start, fc.array(change, { maxLength: 12 }), (spec, s, changes) => {
        let lastSend: number | null = null;
        let exited = false;
        const sent = new Set<number>();
        for (const { now, contact, state, actions } of engineTrace(spec, contactAt(s), changes)) {
          for (const action of actions) {
            if (action.kind === "wait") continue;
            expect(exited).toBe(false);
            if (action.kind === "exit") exited = true;
            if (action.kind !== "send") continue;
            if (lastSend !== null) expect(now - lastSend).toBeGreaterThanOrEqual(spec.throttleDays * DAY_SECONDS);
            expect(sent.has(action.index)).toBe(false);
            const chosen = spec.messages[action.index];
            spec.messages.forEach((m, i) => {
              const eligible = !state.sentIndices.has(i) && (m.rules === null || matches(m.rules, contact, now));
              if (eligible && chosen) expect(m.priority > chosen.priority || (m.priority === chosen.priority && i >= action.index)).toBe(true);
            });
            sent.add(action.index);
            lastSend = now;
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it("enrols only contacts matching the target, and exits on the goal before sending", () => {
    const spec: CampaignSpec = {
      target: { field: "signed_up_at", operator: ">", value: { days_ago: 30 } },
      goal: { field: "web_sessions", operator: ">", value: 20 },
      exitRules: null,
      throttleDays: 2,
      messages: [{ priority: 2, rules: null }, { priority: 1, rules: null }],
    };
    const fresh = contactAt({ signedUpDaysAgo: 1, sessions: 3, plan: "free" });
    const none: CampaignContactState = { enrolled: false, exited: false, sentIndices: new Set(), lastSentAt: null };
    expect(campaignStep(spec, none, contactAt({ signedUpDaysAgo: 31, sessions: 3, plan: "free" }), T0)).toEqual({ kind: "wait" });
    expect(campaignRunSteps(spec, none, fresh, T0)).toEqual([{ kind: "enrol" }, { kind: "send", index: 1 }]);
    expect(campaignStep(spec, { ...none, enrolled: true }, { ...fresh, web_sessions: 21 }, T0)).toEqual({ kind: "exit", reason: "goal_reached" });
  });
});
