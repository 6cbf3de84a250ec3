import { describe, expect, it } from "vitest";
import { emptyDraft, fromDraft, moveDraft, parseRules, parseWords } from "./routing.ts";

describe("parseWords", () => {
  it("splits on commas and new lines, trims, lower-cases and drops duplicates", () => {
    expect(parseWords("Pricing, price\nQuote ,pricing,, ")).toEqual(["pricing", "price", "quote"]);
  });
});

describe("fromDraft", () => {
  it("builds the server's rule from a complete draft", () => {
    const draft = { ...emptyDraft("2"), name: "Pricing", words: "pricing, price", pageOperator: "contains" as const, pageValue: "/pricing", contactRole: "lead" as const, assignToAdmin: true };
    expect(fromDraft(draft)).toEqual({
      ok: true,
      rule: { name: "Pricing", conditions: { words: ["pricing", "price"], page_url: { operator: "contains", value: "/pricing" }, contact_role: "lead" }, team_id: "2", assign_to_admin: true },
    });
  });

  it("keeps the id of a saved rule and parses contact rules as JSON", () => {
    const draft = { ...emptyDraft("2"), id: "9", name: "Pro", contactRules: '{"field":"plan","operator":"=","value":"pro"}' };
    const result = fromDraft(draft);
    expect(result.ok && result.rule).toEqual({ id: "9", name: "Pro", conditions: { contact_rules: { field: "plan", operator: "=", value: "pro" } }, team_id: "2", assign_to_admin: false });
  });

  it("lists every problem of an incomplete draft", () => {
    const result = fromDraft({ ...emptyDraft(), pageOperator: "starts_with", contactRules: "[1]" });
    expect(result.ok ? [] : result.problems).toHaveLength(4);
    expect(fromDraft({ ...emptyDraft("1"), name: "x", contactRules: "{oops" })).toEqual({ ok: false, problems: ["Contact rules are not valid JSON."] });
  });
});

describe("parseRules", () => {
  it("reads a bare list or a wrapped one into drafts", () => {
    const rule = { id: 3, name: "Pricing", conditions: { words: ["pricing"], contact_rules: { field: "plan", operator: "=", value: "pro" } }, team_id: 2, assign_to_admin: true };
    const [bare] = parseRules([rule]);
    expect(bare).toMatchObject({ id: "3", name: "Pricing", words: "pricing", teamId: "2", assignToAdmin: true, pageOperator: "" });
    expect(JSON.parse(bare?.contactRules ?? "")).toEqual(rule.conditions.contact_rules);
    expect(parseRules({ rules: [rule] })).toHaveLength(1);
    expect(parseRules({ data: [rule, rule] })).toHaveLength(2);
  });

  it("refuses a rule whose words are not strings", () => {
    expect(() => parseRules([{ name: "x", conditions: { words: [1] }, team_id: 1 }])).toThrow();
  });
});

describe("moveDraft", () => {
  it("swaps a rule with its neighbour and ignores moves past either end", () => {
    const [a, b] = [emptyDraft("1"), emptyDraft("2")];
    expect(moveDraft([a, b], 1, -1)).toEqual([b, a]);
    expect(moveDraft([a, b], 1, 1)).toEqual([a, b]);
  });
});
