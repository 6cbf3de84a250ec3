// What a predicate means, independent of where it runs. evaluate.ts and toSql.ts both start from
// resolvePredicate, so relative times resolve to the same second and both refuse the same
// hand-built predicates that parseRule would never have produced.
import { describeField, isOneOf } from "./fields.ts";
import { isList, isRecord, isSafeText } from "./scalars.ts";
import { EQUALITY_OPERATORS, LIST_OPERATORS, ORDER_OPERATORS, TEXT_OPERATORS } from "./types.ts";
import type { BuiltInField, Predicate, TimeValue } from "./types.ts";

export type Target =
  | { kind: "column"; column: BuiltInField }
  | { kind: "attribute"; name: string }
  | { kind: "event"; name: string }
  | { kind: "tag" };

export type Comparison =
  | { operator: "=" | "!="; value: string | number | boolean }
  | { operator: ">" | "<"; value: number }
  | { operator: "IN" | "NIN"; value: readonly (string | number)[] }
  | { operator: "~" | "!~" | "^" | "$"; value: string };

export type ResolvedPredicate = { target: Target; comparison: Comparison };

const SECONDS_PER_DAY = 86_400;
// Ten times the current unix time in seconds: anything larger is almost surely milliseconds.
const LATEST_PLAUSIBLE_NOW = 1e11;

/**
 * The unix second a time value stands for. Rounding makes fractional days land on whole seconds,
 * so "exactly N days ago" is one instant, and `now` is floored for the same reason.
 */
export function instantOf(value: TimeValue, now: number): number {
  checkNow(now);
  if (typeof value === "number") return value;
  return Math.floor(now) - Math.round(value.days_ago * SECONDS_PER_DAY);
}

// Checked for every predicate, not only relative ones, so passing Date.now() fails at once.
function checkNow(now: number): void {
  if (!Number.isFinite(now) || Math.abs(now) > LATEST_PLAUSIBLE_NOW) {
    throw new RangeError(`now must be unix seconds, got ${now}`);
  }
}

export function resolvePredicate(predicate: Predicate, now: number): ResolvedPredicate {
  checkNow(now);
  const field = describeField(predicate.field);
  if ("problem" in field) return refuse(predicate, field.problem);
  const target: Target =
    field.kind === "attribute" || field.kind === "event"
      ? { kind: field.kind, name: field.name }
      : field.kind === "tag"
        ? { kind: "tag" }
        : { kind: "column", column: field.field };
  // The value type each kind of field holds; custom attributes hold any JSON scalar.
  const type = field.kind === "string" || field.kind === "tag" ? "string" : field.kind === "attribute" ? undefined : "number";
  if (field.kind === "tag" && !(isOneOf(predicate.operator, EQUALITY_OPERATORS) && predicate.value !== "")) {
    return refuse(predicate, "a tag takes only = or != and a non-empty name");
  }
  const fits = (item: unknown): boolean => {
    if (typeof item === "string") return type !== "number" && isSafeText(item);
    if (typeof item === "number") return Number.isFinite(item) && type !== "string";
    return false;
  };

  const { operator } = predicate;
  let value: unknown = predicate.value;
  if (field.kind === "time" && isRecord(value)) {
    const days = value["days_ago"];
    if (typeof days !== "number") return refuse(predicate, "days_ago must be a number");
    value = instantOf({ days_ago: days }, now);
  }

  if (isOneOf(operator, LIST_OPERATORS)) {
    const first: unknown = isList(value) ? value[0] : undefined;
    if (isList(value) && value.length > 0 && value.every((item) => fits(item) && typeof item === typeof first)) {
      return { target, comparison: { operator, value: value.filter(isStringOrNumber) } };
    }
  } else if (isOneOf(operator, EQUALITY_OPERATORS)) {
    if (fits(value) || (type === undefined && typeof value === "boolean")) {
      if (isScalar(value)) return { target, comparison: { operator, value } };
    }
  } else if (isOneOf(operator, ORDER_OPERATORS)) {
    if (typeof value === "number" && fits(value)) return { target, comparison: { operator, value } };
  } else if (isOneOf(operator, TEXT_OPERATORS)) {
    if (typeof value === "string" && value.length > 0 && fits(value)) return { target, comparison: { operator, value } };
  }
  return refuse(predicate, `operator ${JSON.stringify(operator)} does not fit the value`);
}

function isStringOrNumber(value: unknown): value is string | number {
  return typeof value === "string" || typeof value === "number";
}

function isScalar(value: unknown): value is string | number | boolean {
  return isStringOrNumber(value) || typeof value === "boolean";
}

// A predicate parseRule would refuse has no agreed meaning, so neither evaluator guesses one.
function refuse(predicate: Predicate, problem: string): never {
  throw new TypeError(`not a parsed rule predicate (field ${JSON.stringify(predicate.field)}): ${problem}`);
}
