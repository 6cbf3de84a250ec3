import { describe, expect, it } from "vitest";
import { emptyDraft, fromDraft, moveDraft, parseRules, parseWords } from "./routing.ts";
import { newGroup, newPredicate } from "./rules.ts";

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

  it("keeps the id of a saved rule and turns the rule builder's contact conditions into a rule", () => {
    const plan = { ...newPredicate("attribute"), name: "plan", operator: "=", text: "pro" };
    const result = fromDraft({ ...emptyDraft("2"), id: "9", name: "Pro", contactRules: newGroup("AND", [plan]) });
    expect(result.ok && result.rule).toEqual({
      id: "9",
      name: "Pro",
      conditions: { contact_rules: { operator: "AND", value: [{ field: "custom_attributes.plan", operator: "=", value: "pro" }] } },
      team_id: "2",
      assign_to_admin: false,
    });
  });

  it("lists every problem of an incomplete draft, contact conditions in words", () => {
    const result = fromDraft({ ...emptyDraft(), pageOperator: "starts_with", contactRules: newGroup("AND", [newPredicate("attribute")]) });
    expect(result.ok ? [] : result.problems).toEqual([
      "Give the rule a name.",
      "Choose the team to assign to.",
      "Enter the page URL text to match.",
      "Contact conditions: Condition 1: Attribute name is required.",
    ]);
  });
});

describe("parseRules", () => {
  it("reads a bare list or a wrapped one into drafts", () => {
    const rule = { id: 3, name: "Pricing", conditions: { words: ["pricing"], contact_rules: { field: "custom_attributes.plan", operator: "=", value: "pro" } }, team_id: 2, assign_to_admin: true };
    const [bare] = parseRules([rule]);
    expect(bare).toMatchObject({ id: "3", name: "Pricing", words: "pricing", teamId: "2", assignToAdmin: true, pageOperator: "" });
    expect(bare?.contactRules?.children).toEqual([expect.objectContaining({ field: "attribute", name: "plan", operator: "=", text: "pro" })]);
    expect(parseRules({ rules: [rule] })).toHaveLength(1);
    expect(parseRules({ data: [rule, rule] })).toHaveLength(2);
  });

  it("refuses a rule whose words are not strings, or whose contact rules are not a rule", () => {
    expect(() => parseRules([{ name: "x", conditions: { words: [1] }, team_id: 1 }])).toThrow();
    expect(() => parseRules([{ name: "x", conditions: { contact_rules: { field: "nope", operator: "=", value: 1 } }, team_id: 1 }])).toThrow();
  });
});

describe("moveDraft", () => {
  it("swaps a rule with its neighbour and ignores moves past either end", () => {
    const [a, b] = [emptyDraft("1"), emptyDraft("2")];
    expect(moveDraft([a, b], 1, -1)).toEqual([b, a]);
    expect(moveDraft([a, b], 1, 1)).toEqual([a, b]);
  });
});
