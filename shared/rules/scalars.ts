// Readers for the leaves of a rule: each either returns a normalised value or reports why not.
// They never throw, so the parser can keep going and hand back every problem at once.
import { RULE_LIMITS } from "./types.ts";
import type { DaysAgo, TimeValue } from "./types.ts";

export type Report = (path: string, message: string) => void;
export type Reader<T> = (raw: unknown, path: string, report: Report) => T | undefined;

// Intercom's SDK sends numbers as digit strings; 16 digits is enough for any safe integer.
const DECIMAL_INTEGER = /^-?[0-9]{1,16}$/;
// A lone surrogate turns into U+FFFD when bound to SQLite and NUL cuts SQLite's length() and
// substr() short, so such strings would be compared differently in JS and in SQL.
const UNSAFE_TEXT = /[\p{Cs}\u0000]/u;

export function isSafeText(text: string): boolean {
  return !UNSAFE_TEXT.test(text);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isList(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

/** Names the JSON type of a value for error messages without echoing arbitrary input back. */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (isList(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "a string";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "a boolean";
  return typeof value;
}

function integerOf(raw: unknown): number | undefined {
  const parsed = typeof raw === "string" && DECIMAL_INTEGER.test(raw) ? Number(raw) : raw;
  return typeof parsed === "number" && Number.isSafeInteger(parsed) ? parsed : undefined;
}

function describeGot(raw: unknown): string {
  return typeof raw === "string" ? JSON.stringify(raw.slice(0, 40)) : kindOf(raw);
}

export const readInteger: Reader<number> = (raw, path, report) => {
  const value = integerOf(raw);
  if (value === undefined) report(path, `expected an integer (a number or a string of decimal digits), got ${describeGot(raw)}`);
  return value;
};

/** Unix seconds, absolute or as `{"days_ago": N}`; only whole seconds, as every comparison is exact to the second. */
export const readTime: Reader<TimeValue> = (raw, path, report) => {
  if (isRecord(raw)) return readDaysAgo(raw, path, report);
  const value = integerOf(raw);
  if (value === undefined) report(path, `expected unix seconds (an integer) or {"days_ago": N}, got ${describeGot(raw)}`);
  return value;
};

export const readFiniteNumber: Reader<number> = (raw, path, report) => {
  if (typeof raw === "number" && Number.isFinite(raw)) return raw;
  report(path, `expected a finite number, got ${kindOf(raw)}`);
  return undefined;
};

export function textReader(nonEmpty: boolean): Reader<string> {
  return (raw, path, report) => {
    if (typeof raw !== "string") {
      report(path, `expected a string, got ${kindOf(raw)}`);
    } else if (nonEmpty && raw.length === 0) {
      report(path, "expected a non-empty string");
    } else if (raw.length > RULE_LIMITS.maxStringLength) {
      report(path, `a string may hold at most ${RULE_LIMITS.maxStringLength} characters`);
    } else if (!isSafeText(raw)) {
      report(path, "a string may not contain NUL characters or unpaired surrogates");
    } else {
      return raw;
    }
    return undefined;
  };
}

const readDaysAgo = (raw: Record<string, unknown>, path: string, report: Report): DaysAgo | undefined => {
  const extra = Object.keys(raw).filter((key) => key !== "days_ago");
  for (const key of extra) report(`${path}.${key}`, `unknown key ${JSON.stringify(key)} (expected only "days_ago")`);
  const days = raw["days_ago"];
  const number = typeof days === "string" && DECIMAL_INTEGER.test(days) ? Number(days) : days;
  if (typeof number !== "number" || !Number.isFinite(number) || number < 0 || number > RULE_LIMITS.maxDaysAgo) {
    const got = typeof days === "number" ? String(days) : describeGot(days);
    report(`${path}.days_ago`, `expected a number of days from 0 to ${RULE_LIMITS.maxDaysAgo}, got ${got}`);
    return undefined;
  }
  return extra.length === 0 ? { days_ago: number } : undefined;
};

/** Reads IN/NIN values: a bounded, non-empty array whose every item passes `readItem`. */
export function readList<T>(raw: unknown, path: string, report: Report, readItem: Reader<T>): T[] | undefined {
  const limit = RULE_LIMITS.maxListValues;
  if (!isList(raw) || raw.length === 0 || raw.length > limit) {
    const got = isList(raw) ? `${raw.length} values` : kindOf(raw);
    report(path, `expected a non-empty array of at most ${limit} values, got ${got}`);
    return undefined;
  }
  const values: T[] = [];
  raw.forEach((item, index) => {
    const value = readItem(item, `${path}[${index}]`, report);
    if (value !== undefined) values.push(value);
  });
  return values.length === raw.length ? values : undefined;
}
