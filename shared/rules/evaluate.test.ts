import { describe, expect, it } from "vitest";
import { matches } from "./evaluate.ts";
import { parseRule } from "./parse.ts";
import type { Rule, RuleContact } from "./types.ts";

const NOW = 1_700_000_000;
const DAY = 86_400;

function rule(input: unknown): Rule {
  const result = parseRule(input);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join("; "));
  return result.rule;
}

function contact(overrides: Partial<RuleContact> = {}): RuleContact {
  return {
    role: "user",
    email: "ann@example.com",
    name: "Ann Ångström",
    external_id: "u-1",
    signed_up_at: NOW - 10 * DAY,
    last_seen_at: NOW - DAY,
    created_at: NOW - 20 * DAY,
    web_sessions: 3,
    custom_attributes: { plan: "pro", seats: 5, paid: true, zip: "5", nothing: null },
    events: { "signed-up": 2 },
    ...overrides,
  };
}

const check = (field: string, operator: string, value: unknown, who = contact()) =>
  matches(rule({ field, operator, value }), who, NOW);

describe("matches", () => {
  it.each([
    ["=", "Ann Ångström", true], ["=", "ann ångström", false], ["!=", "Bob", true], ["!=", "Ann Ångström", false],
    ["IN", ["Bob", "Ann Ångström"], true], ["NIN", ["Bob", "Ann Ångström"], false], ["NIN", ["Bob"], true],
    ["~", "n Å", true], ["~", "x", false], ["!~", "x", true], ["!~", "Ång", false],
    ["^", "Ann", true], ["^", "nn", false], ["$", "ström", true], ["$", "Ångströ", false],
  ])("applies string operator %s %j → %s", (operator, value, expected) => {
    expect(check("name", operator, value)).toBe(expected);
  });

  it.each([
    ["=", 3, true], ["!=", 3, false], [">", 2, true], [">", 3, false], ["<", 4, true], ["<", 3, false],
    ["IN", [1, 3], true], ["NIN", [1, 3], false], ["NIN", [1, 2], true],
  ])("applies number operator %s %j → %s", (operator, value, expected) => {
    expect(check("web_sessions", operator, value)).toBe(expected);
  });

  it("compares emails case-insensitively because the parser lower-cases the rule", () => {
    expect(check("email", "=", "ANN@Example.com")).toBe(true);
    expect(check("email", "$", "@EXAMPLE.COM")).toBe(true);
  });

  it("treats exactly N days ago as neither before nor after, and one second either side flips it", () => {
    const at = (signedUpAt: number) => contact({ signed_up_at: signedUpAt });
    const exactly = NOW - 30 * DAY;
    expect(check("signed_up_at", ">", { days_ago: 30 }, at(exactly))).toBe(false);
    expect(check("signed_up_at", "<", { days_ago: 30 }, at(exactly))).toBe(false);
    expect(check("signed_up_at", "=", { days_ago: 30 }, at(exactly))).toBe(true);
    expect(check("signed_up_at", ">", { days_ago: 30 }, at(exactly + 1))).toBe(true);
    expect(check("signed_up_at", "<", { days_ago: 30 }, at(exactly - 1))).toBe(true);
    expect(check("signed_up_at", "=", { days_ago: 0.5 }, at(NOW - DAY / 2))).toBe(true);
  });

  it("reads 'signed up less than 1 day ago' and 'last seen more than 30 days ago' as Intercom does", () => {
    const recent = contact({ signed_up_at: NOW - DAY + 60, last_seen_at: NOW - 31 * DAY });
    expect(check("signed_up_at", ">", { days_ago: 1 }, recent)).toBe(true);
    expect(check("last_seen_at", "<", { days_ago: 30 }, recent)).toBe(true);
    expect(check("last_seen_at", "<", { days_ago: 30 })).toBe(false);
  });

  it.each([
    ["=", "x"], ["!=", "x"], ["IN", ["x"]], ["NIN", ["x"]], ["~", "x"], ["!~", "x"], ["^", "x"], ["$", "x"],
  ])("lets a missing string or attribute match nothing with %s", (operator, value) => {
    expect(check("email", operator, value, contact({ email: null }))).toBe(false);
    expect(check("custom_attributes.absent", operator, value)).toBe(false);
    expect(check("custom_attributes.nothing", operator, value)).toBe(false);
  });

  it.each([
    ["=", 1], ["!=", 1], [">", 1], ["<", 1], ["IN", [1]], ["NIN", [1]], ["<", { days_ago: 1 }], ["!=", { days_ago: 1 }],
  ])("lets a missing time or number attribute match nothing with %s", (operator, value) => {
    expect(check("last_seen_at", operator, value, contact({ last_seen_at: null }))).toBe(false);
    if (typeof value !== "object" || Array.isArray(value)) expect(check("custom_attributes.absent", operator, value)).toBe(false);
  });

  it("combines nested AND and OR groups", () => {
    const nested = rule({
      operator: "OR",
      value: [
        { field: "role", operator: "=", value: "lead" },
        {
          operator: "AND",
          value: [
            { field: "web_sessions", operator: ">", value: 2 },
            { operator: "OR", value: [{ field: "name", operator: "^", value: "Bob" }, { field: "email", operator: "~", value: "ann" }] },
          ],
        },
      ],
    });
    expect(matches(nested, contact(), NOW)).toBe(true);
    expect(matches(nested, contact({ web_sessions: 2 }), NOW)).toBe(false);
    expect(matches(nested, contact({ web_sessions: 2, role: "lead" }), NOW)).toBe(true);
  });

  it("compares custom attributes only with values of the same JSON type", () => {
    expect(check("custom_attributes.zip", "=", "5")).toBe(true);
    expect(check("custom_attributes.seats", "=", 5)).toBe(true);
    expect(check("custom_attributes.zip", "!=", 6)).toBe(false);
    expect(check("custom_attributes.seats", "!=", "6")).toBe(false);
    expect(check("custom_attributes.seats", "NIN", ["6"])).toBe(false);
    expect(check("custom_attributes.paid", "=", true)).toBe(true);
    expect(check("custom_attributes.paid", "!=", false)).toBe(true);
    expect(check("custom_attributes.paid", "!=", 1)).toBe(false);
    expect(check("custom_attributes.plan", "!=", false)).toBe(false);
    expect(check("custom_attributes.seats", ">", 4.5)).toBe(true);
  });

  it("counts an event the contact never sent as 0 and ignores inherited names", () => {
    expect(check("event.signed-up.count", ">", 1)).toBe(true);
    expect(check("event.never.count", "=", 0)).toBe(true);
    expect(check("event.never.count", "IN", [0, 5])).toBe(true);
    expect(check("event.constructor.count", "<", 1)).toBe(true);
    expect(check("custom_attributes.constructor", "!=", "x")).toBe(false);
  });

  it("refuses a hand-built predicate the parser would have refused", () => {
    const bad = Object.assign(rule({ field: "email", operator: "=", value: "x" }), { operator: ">", value: 5 });
    expect(() => matches(bad, contact(), NOW)).toThrow(TypeError);
    const nul = Object.assign(rule({ field: "name", operator: "$", value: "x" }), { value: "x\u0000" });
    expect(() => matches(nul, contact(), NOW)).toThrow(TypeError);
    expect(() => matches({ field: "web_sessions", operator: "=", value: 1 }, contact(), Date.now())).toThrow(RangeError);
  });
});
