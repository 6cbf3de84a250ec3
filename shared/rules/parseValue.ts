// Turns a predicate's raw value into its normalised form once the field and operator are known
// to be valid, since what a value may be depends on both.
import { isOneOf } from "./fields.ts";
import type { FieldInfo } from "./fields.ts";
import { kindOf, isList, readFiniteNumber, readInteger, readList, readTime, textReader } from "./scalars.ts";
import type { Reader, Report } from "./scalars.ts";
import { EQUALITY_OPERATORS, LIST_OPERATORS, ORDER_OPERATORS, TEXT_OPERATORS } from "./types.ts";
import type { CustomAttributeField, EventCountField, NumberField, Operator, Predicate, StringField, TimeField } from "./types.ts";

export function parsePredicateValue(
  info: FieldInfo,
  operator: Operator,
  raw: unknown,
  path: string,
  report: Report,
): Predicate | undefined {
  switch (info.kind) {
    case "string":
      return stringPredicate(info.field, operator, raw, path, report);
    case "time":
      return timePredicate(info.field, operator, raw, path, report);
    case "number":
    case "event":
      return numberPredicate(info.field, operator, raw, path, report);
    case "attribute":
      return attributePredicate(info.field, operator, raw, path, report);
    case "tag":
      return tagPredicate(operator, raw, path, report);
  }
}

// A tag is named, never empty: "has the tag called ''" would silently match no one.
function tagPredicate(operator: Operator, raw: unknown, path: string, report: Report): Predicate | undefined {
  if (!isOneOf(operator, EQUALITY_OPERATORS)) return undefined;
  const value = textReader(true)(raw, path, report);
  return value === undefined ? undefined : { field: "tag", operator, value };
}

function builtInText(field: StringField, nonEmpty: boolean): Reader<string> {
  const readText = textReader(nonEmpty);
  return (raw, path, report) => {
    const text = readText(raw, path, report);
    if (field === "role" && text !== undefined && text !== "user" && text !== "lead") {
      report(path, `role must be "user" or "lead", got ${JSON.stringify(text.slice(0, 40))}`);
      return undefined;
    }
    // Emails are stored lower-cased, so lower-casing the rule makes email comparisons case-insensitive.
    return field === "email" ? text?.toLowerCase() : text;
  };
}

function stringPredicate(field: StringField, operator: Operator, raw: unknown, path: string, report: Report) {
  if (isOneOf(operator, LIST_OPERATORS)) {
    const value = readList(raw, path, report, builtInText(field, false));
    return value && { field, operator, value };
  }
  if (isOneOf(operator, EQUALITY_OPERATORS) || isOneOf(operator, TEXT_OPERATORS)) {
    // An empty needle would make "contains" match every contact that has a value at all.
    const value = builtInText(field, isOneOf(operator, TEXT_OPERATORS))(raw, path, report);
    return value === undefined ? undefined : { field, operator, value };
  }
  return undefined;
}

function timePredicate(field: TimeField, operator: Operator, raw: unknown, path: string, report: Report) {
  if (isOneOf(operator, LIST_OPERATORS)) {
    const value = readList(raw, path, report, readInteger);
    return value && { field, operator, value };
  }
  if (isOneOf(operator, EQUALITY_OPERATORS) || isOneOf(operator, ORDER_OPERATORS)) {
    const value = readTime(raw, path, report);
    return value === undefined ? undefined : { field, operator, value };
  }
  return undefined;
}

function numberPredicate(
  field: NumberField | EventCountField,
  operator: Operator,
  raw: unknown,
  path: string,
  report: Report,
) {
  if (isOneOf(operator, LIST_OPERATORS)) {
    const value = readList(raw, path, report, readInteger);
    return value && { field, operator, value };
  }
  if (isOneOf(operator, EQUALITY_OPERATORS) || isOneOf(operator, ORDER_OPERATORS)) {
    const value = readInteger(raw, path, report);
    return value === undefined ? undefined : { field, operator, value };
  }
  return undefined;
}

// Custom attributes are typed by their value: digit strings stay strings, because a stored
// "5" and a stored 5 are different values and comparisons are type-strict.
function attributePredicate(
  field: CustomAttributeField,
  operator: Operator,
  raw: unknown,
  path: string,
  report: Report,
): Predicate | undefined {
  if (isOneOf(operator, LIST_OPERATORS)) {
    const first = isList(raw) ? raw[0] : undefined;
    if (typeof first === "number") {
      const value = readList(raw, path, report, sameTypeAs("number", readFiniteNumber));
      return value && { field, operator, value };
    }
    const value = readList(raw, path, report, sameTypeAs("string", textReader(false)));
    return value && { field, operator, value };
  }
  if (typeof raw === "boolean") {
    if (isOneOf(operator, EQUALITY_OPERATORS)) return { field, operator, value: raw };
    report(path, `a boolean allows only "=" and "!=", not ${JSON.stringify(operator)}`);
    return undefined;
  }
  if (typeof raw === "number") {
    if (isOneOf(operator, EQUALITY_OPERATORS) || isOneOf(operator, ORDER_OPERATORS)) {
      const value = readFiniteNumber(raw, path, report);
      return value === undefined ? undefined : { field, operator, value };
    }
    report(path, `operator ${JSON.stringify(operator)} needs a non-empty string, got a number`);
    return undefined;
  }
  if (typeof raw === "string") {
    if (isOneOf(operator, EQUALITY_OPERATORS) || isOneOf(operator, TEXT_OPERATORS)) {
      const value = textReader(isOneOf(operator, TEXT_OPERATORS))(raw, path, report);
      return value === undefined ? undefined : { field, operator, value };
    }
    report(path, `operator ${JSON.stringify(operator)} needs a number, got a string (custom attributes compare by JSON type)`);
    return undefined;
  }
  report(path, `expected a string, number or boolean, got ${kindOf(raw)}`);
  return undefined;
}

/** IN/NIN lists of a custom attribute hold one type, fixed by their first value. */
function sameTypeAs<T>(type: "string" | "number", read: Reader<T>): Reader<T> {
  return (raw, path, report) => {
    if (typeof raw === type) return read(raw, path, report);
    report(path, `expected ${type === "number" ? "a number" : "a string"}: a list holds only strings or only numbers, got ${kindOf(raw)}`);
    return undefined;
  };
}
