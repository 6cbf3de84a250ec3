import { describe, expect, it } from "vitest";
import { combinedRule, textRule } from "./contactFilter.ts";
import { matches, parseRule, type Rule, type RuleContact } from "./rules/index.ts";

const person = (over: Partial<RuleContact> = {}): RuleContact => ({
  role: "user",
  email: "ada@example.com",
  name: "Ada Lovelace",
  external_id: null,
  signed_up_at: null,
  last_seen_at: null,
  created_at: 1_700_000_000,
  web_sessions: 3,
  custom_attributes: {},
  events: {},
  ...over,
});

const NOW = 1_800_000_000;
const lead: Rule = { field: "role", operator: "=", value: "lead" };

describe("textRule", () => {
  it("matches the words in the email, whatever their case, or in the name", () => {
    const rule = textRule(" ADA@ ");
    expect(rule && matches(rule, person(), NOW)).toBe(true);
    expect(rule && matches(rule, person({ email: "grace@example.com", name: "Grace" }), NOW)).toBe(false);
    const byName = textRule("Lovelace");
    expect(byName && matches(byName, person({ email: null }), NOW)).toBe(true);
  });

  it("finds a name typed in lower case or in capitals", () => {
    for (const words of ["ada love", "ADA", "Ada Lovelace"]) {
      const rule = textRule(words);
      expect(rule && matches(rule, person({ email: null }), NOW), words).toBe(true);
    }
  });

  it("is no rule at all for empty words", () => {
    expect(textRule("   ")).toBeNull();
  });
});

describe("combinedRule", () => {
  it("returns either filter alone when the other is empty", () => {
    expect(combinedRule(lead, "")).toEqual(lead);
    expect(combinedRule(null, "ada")).toEqual(textRule("ada"));
    expect(combinedRule(null, "")).toBeNull();
  });

  it("requires both the rule and the words", () => {
    const rule = combinedRule(lead, "ada");
    expect(rule && matches(rule, person({ role: "lead" }), NOW)).toBe(true);
    expect(rule && matches(rule, person({ role: "user" }), NOW)).toBe(false);
    expect(rule && matches(rule, person({ role: "lead", name: "Grace", email: null }), NOW)).toBe(false);
  });

  it("adds the words to a top-level AND group without nesting it deeper", () => {
    const deep: Rule = { operator: "AND", value: [lead, { operator: "OR", value: [{ operator: "AND", value: [lead] }] }] };
    const rule = combinedRule(deep, "ada");
    expect(rule && "value" in rule && Array.isArray(rule.value) ? rule.value.length : 0).toBe(3);
    expect(parseRule(rule, "rules").ok).toBe(true);
  });
});
