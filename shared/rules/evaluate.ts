// Evaluates a rule against one contact in memory (the messenger deciding what to show, the
// engage worker checking a single contact). It must agree exactly with toSql, which selects the
// same contacts in D1; agreement.test.ts holds the two to that.
import { resolvePredicate } from "./comparison.ts";
import type { Comparison, Target } from "./comparison.ts";
import type { Rule, RuleContact } from "./types.ts";

/** Whether `contact` satisfies `rule` at `now` (unix seconds). Throws on a predicate parseRule would refuse. */
export function matches(rule: Rule, contact: RuleContact, now: number): boolean {
  if (!("field" in rule)) {
    const check = (child: Rule) => matches(child, contact, now);
    return rule.operator === "AND" ? rule.value.every(check) : rule.value.some(check);
  }
  const { target, comparison } = resolvePredicate(rule, now);
  // A tag is a set membership, not a value: a contact without tags has not got any tag.
  if (target.kind === "tag") return (contact.tags ?? []).includes(String(comparison.value)) === (comparison.operator === "=");
  return compare(valueOf(target, contact), comparison);
}

function valueOf(target: Exclude<Target, { kind: "tag" }>, contact: RuleContact): unknown {
  switch (target.kind) {
    case "column":
      return contact[target.column];
    case "attribute":
      return ownValue(contact.custom_attributes, target.name);
    case "event":
      // Counting in SQL gives 0 for a contact without the event, never "missing".
      return ownValue(contact.events, target.name) ?? 0;
  }
}

// Attribute and event names like "constructor" or "__proto__" are valid; only own keys count.
function ownValue<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * A missing value (null or absent) matches no comparison, not even the negative ones, and a value
 * of another JSON type than the rule's never matches either: a stored "5" is not the number 5.
 */
function compare(actual: unknown, comparison: Comparison): boolean {
  if (actual === null || actual === undefined) return false;
  switch (comparison.operator) {
    case "=":
      return actual === comparison.value;
    case "!=":
      return typeof actual === typeof comparison.value && actual !== comparison.value;
    case ">":
      return typeof actual === "number" && actual > comparison.value;
    case "<":
      return typeof actual === "number" && actual < comparison.value;
    case "IN":
      return comparison.value.some((item) => item === actual);
    case "NIN":
      return typeof actual === typeof comparison.value[0] && !comparison.value.some((item) => item === actual);
    case "~":
      return typeof actual === "string" && actual.includes(comparison.value);
    case "!~":
      return typeof actual === "string" && !actual.includes(comparison.value);
    case "^":
      return typeof actual === "string" && actual.startsWith(comparison.value);
    case "$":
      return typeof actual === "string" && actual.endsWith(comparison.value);
  }
}

