import { describe, expect, it } from "vitest";
import type { RuleContact } from "../rules/types.ts";
import { firstMatch, mentions, ruleMatches, wordsOf, type RoutingRule } from "./route.ts";

const contact: RuleContact = {
  role: "lead", email: null, name: null, external_id: null, signed_up_at: null, last_seen_at: null,
  created_at: 0, web_sessions: 3, custom_attributes: { plan: "pro" }, events: {},
};
const input = (text: string, pageUrl: string | null = null) => ({ text, pageUrl, contact, now: 1_000_000 });
const sales: RoutingRule = { id: 1, name: "Pricing", conditions: { words: ["pricing", "price", "plan", "invoice", "billing"] }, teamId: 7, assignToAdmin: true };

describe("wordsOf", () => {
  it("splits on anything but letters and digits and lower-cases", () => {
    expect(wordsOf("What's the PRICE? (per-seat)")).toEqual(["what's", "the", "price", "per", "seat"]);
  });
});

describe("mentions", () => {
  it("matches whole words and phrases, never parts of words", () => {
    expect(mentions(wordsOf("Question about Pricing!"), "pricing")).toBe(true);
    expect(mentions(wordsOf("I need a planner"), "plan")).toBe(false);
    expect(mentions(wordsOf("reprice it"), "price")).toBe(false);
    expect(mentions(wordsOf("can I get a refund please"), "a refund")).toBe(true);
  });
});

describe("ruleMatches", () => {
  it("requires every condition of the rule", () => {
    const both = { words: ["billing"], page_url: { operator: "starts_with" as const, value: "https://shop.example/account" } };
    expect(ruleMatches(both, input("billing issue", "https://shop.example/account/invoices"))).toBe(true);
    expect(ruleMatches(both, input("billing issue", "https://shop.example/"))).toBe(false);
    expect(ruleMatches({ page_url: { operator: "contains", value: "/pricing" } }, input("hi", null))).toBe(false);
  });

  it("checks the contact's role and attributes with the rule language", () => {
    expect(ruleMatches({ contact_role: "user" }, input("hi"))).toBe(false);
    expect(ruleMatches({ contact_rules: { field: "custom_attributes.plan", operator: "=", value: "pro" } }, input("hi"))).toBe(true);
  });
});

describe("firstMatch", () => {
  it("takes the first matching rule in order", () => {
    const support: RoutingRule = { id: 2, name: "Everything", conditions: {}, teamId: 8, assignToAdmin: false };
    expect(firstMatch([sales, support], input("What does the Pro plan cost?"))?.teamId).toBe(7);
    expect(firstMatch([sales, support], input("My login fails"))?.teamId).toBe(8);
    expect(firstMatch([sales], input("My login fails"))).toBeNull();
  });
});
