import { matches } from "../rules/evaluate.ts";
import type { Rule, RuleContact } from "../rules/types.ts";

// Routing rules: ordered, first match wins. Every condition a rule has must hold.
export interface RoutingConditions {
  /** Any of these words or phrases in the first message, whole words, any case. */
  words?: string[];
  page_url?: { operator: "contains" | "starts_with"; value: string };
  contact_rules?: Rule;
  contact_role?: "user" | "lead";
}

export interface RoutingRule {
  id: number;
  name: string;
  conditions: RoutingConditions;
  teamId: number;
  assignToAdmin: boolean;
}

export interface RoutingInput {
  text: string;
  pageUrl: string | null;
  contact: RuleContact;
  now: number;
}

/** Lower-cased runs of letters and digits: "Pricing?" and "pricing" are the same word. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** A phrase matches when its words appear consecutively in the text's words. */
export function mentions(textWords: readonly string[], phrase: string): boolean {
  const wanted = wordsOf(phrase);
  if (wanted.length === 0) return false;
  for (let i = 0; i + wanted.length <= textWords.length; i++) {
    if (wanted.every((w, k) => textWords[i + k] === w)) return true;
  }
  return false;
}

export function ruleMatches(conditions: RoutingConditions, input: RoutingInput): boolean {
  if (conditions.words && conditions.words.length > 0) {
    const textWords = wordsOf(input.text);
    if (!conditions.words.some((w) => mentions(textWords, w))) return false;
  }
  if (conditions.page_url) {
    const url = input.pageUrl ?? "";
    const { operator, value } = conditions.page_url;
    if (operator === "contains" ? !url.includes(value) : !url.startsWith(value)) return false;
  }
  if (conditions.contact_role && input.contact.role !== conditions.contact_role) return false;
  if (conditions.contact_rules && !matches(conditions.contact_rules, input.contact, input.now)) return false;
  return true;
}

export function firstMatch(rules: readonly RoutingRule[], input: RoutingInput): RoutingRule | null {
  return rules.find((rule) => ruleMatches(rule.conditions, input)) ?? null;
}
