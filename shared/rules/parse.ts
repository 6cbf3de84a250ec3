// The only way untrusted JSON becomes a Rule. It reports every problem it finds, each prefixed
// with the path of the offending part, so an API client can fix a whole query in one round trip.
import { describeField, isOneOf, OPERATORS_BY_KIND } from "./fields.ts";
import type { FieldInfo } from "./fields.ts";
import { parsePredicateValue } from "./parseValue.ts";
import { isList, isRecord, kindOf } from "./scalars.ts";
import { GROUP_OPERATORS, OPERATORS, RULE_LIMITS } from "./types.ts";
import type { Group, GroupOperator, Operator, Predicate, Rule, RuleError } from "./types.ts";

export type ParseResult = { ok: true; rule: Rule } | { ok: false; errors: RuleError[] };

// Enough to fix a query; an adversarial one must not produce an unbounded response.
const MAX_ERRORS = 50;

type Context = { errors: RuleError[]; predicates: number; report: (path: string, message: string) => void };

export function parseRule(input: unknown, path = "query"): ParseResult {
  const errors: RuleError[] = [];
  const context: Context = {
    errors,
    predicates: 0,
    report: (where, message) => {
      if (errors.length < MAX_ERRORS) errors.push({ code: "parameter_invalid", message: `${where}: ${message}` });
    },
  };
  const rule = parseNode(input, path, 0, context);
  const { maxPredicates } = RULE_LIMITS;
  if (context.predicates > maxPredicates) {
    context.report(path, `more than ${maxPredicates} predicates in total (found ${context.predicates})`);
  }
  if (rule === undefined || errors.length > 0) return { ok: false, errors };
  return { ok: true, rule };
}

function parseNode(input: unknown, path: string, depth: number, context: Context): Rule | undefined {
  if (!isRecord(input)) {
    context.report(path, `expected a rule object with "operator" and "value", got ${kindOf(input)}`);
    return undefined;
  }
  const operator = input["operator"];
  if (isOneOf(operator, GROUP_OPERATORS)) return parseGroup(input, operator, path, depth + 1, context);
  return parsePredicate(input, path, context);
}

function parseGroup(
  input: Record<string, unknown>,
  operator: GroupOperator,
  path: string,
  depth: number,
  context: Context,
): Group | undefined {
  reportUnknownKeys(input, ["operator", "value"], path, context);
  // Stopping here also bounds recursion on hostile, deeply nested input.
  if (depth > RULE_LIMITS.maxGroupDepth) {
    context.report(path, `nesting deeper than ${RULE_LIMITS.maxGroupDepth} group levels`);
    return undefined;
  }
  const items = input["value"];
  const { maxPredicates } = RULE_LIMITS;
  if (!isList(items) || items.length === 0 || items.length > maxPredicates) {
    const got = isList(items) ? `${items.length} rules` : kindOf(items);
    context.report(`${path}.value`, `expected an array of 1 to ${maxPredicates} rules, got ${got}`);
    return undefined;
  }
  const rules: Rule[] = [];
  items.forEach((item, index) => {
    const rule = parseNode(item, `${path}.value[${index}]`, depth, context);
    if (rule !== undefined) rules.push(rule);
  });
  return rules.length === items.length ? { operator, value: rules } : undefined;
}

function parsePredicate(input: Record<string, unknown>, path: string, context: Context): Predicate | undefined {
  context.predicates += 1;
  reportUnknownKeys(input, ["field", "operator", "value"], path, context);
  const field = parseField(input["field"], `${path}.field`, context);
  const operator = parseOperator(input["operator"], `${path}.operator`, field, context);
  if (!Object.hasOwn(input, "value")) {
    context.report(`${path}.value`, "missing");
    return undefined;
  }
  if (field === undefined || operator === undefined) return undefined;
  return parsePredicateValue(field, operator, input["value"], `${path}.value`, context.report);
}

function parseField(raw: unknown, path: string, context: Context): FieldInfo | undefined {
  if (typeof raw !== "string") {
    context.report(path, raw === undefined ? "missing" : `expected a field name, got ${kindOf(raw)}`);
    return undefined;
  }
  const info = describeField(raw);
  if ("problem" in info) {
    context.report(path, info.problem);
    return undefined;
  }
  return info;
}

function parseOperator(
  raw: unknown,
  path: string,
  field: FieldInfo | undefined,
  context: Context,
): Operator | undefined {
  if (!isOneOf(raw, OPERATORS)) {
    const got = typeof raw === "string" ? JSON.stringify(raw.slice(0, 10)) : kindOf(raw);
    const expected = [...OPERATORS, ...GROUP_OPERATORS].join(" ");
    context.report(path, raw === undefined ? "missing" : `unknown operator ${got} (expected one of ${expected})`);
    return undefined;
  }
  if (field !== undefined && !OPERATORS_BY_KIND[field.kind].includes(raw)) {
    context.report(path, `operator ${JSON.stringify(raw)} is not allowed for ${field.kind} field "${field.field}"`);
    return undefined;
  }
  return raw;
}

function reportUnknownKeys(input: Record<string, unknown>, known: readonly string[], path: string, context: Context) {
  for (const key of Object.keys(input)) {
    if (!known.includes(key)) context.report(path, `unknown key ${JSON.stringify(key.slice(0, 40))}`);
  }
}
