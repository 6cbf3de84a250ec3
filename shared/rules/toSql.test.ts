import { describe, expect, it } from "vitest";
import { parseRule } from "./parse.ts";
import { toSql } from "./toSql.ts";
import type { Rule } from "./types.ts";

const NOW = 1_700_000_000;

function rule(input: unknown): Rule {
  const result = parseRule(input);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join("; "));
  return result.rule;
}

const HOSTILE = ["'; DROP TABLE contacts; --", "%", "_", "a%b_c", "it's", '"quoted"', "\\", "?", "$.\"x\"", "é😀"];
const STRING_OPERATORS = ["=", "!=", "~", "!~", "^", "$", "IN", "NIN"];
const valueFor = (operator: string, value: string) => (operator === "IN" || operator === "NIN" ? [value] : value);

// Every (field kind, operator) pair the parser accepts, each with the value shape that binds the most.
const EVERY_KIND = [
  ...STRING_OPERATORS.map((operator) => ({ field: "name", operator, value: valueFor(operator, "x") })),
  ...STRING_OPERATORS.map((operator) => ({ field: "custom_attributes.plan", operator, value: valueFor(operator, "x") })),
  ...["=", "!=", ">", "<"].map((operator) => ({ field: "last_seen_at", operator, value: { days_ago: 3 } })),
  ...["=", "!=", ">", "<"].map((operator) => ({ field: "event.paid.count", operator, value: 1 })),
  ...["=", "!=", ">", "<"].map((operator) => ({ field: "custom_attributes.seats", operator, value: 2.5 })),
  ...["IN", "NIN"].map((operator) => ({ field: "event.paid.count", operator, value: [1, 2] })),
  { field: "custom_attributes.paid", operator: "!=", value: true },
];

describe("toSql", () => {
  it("compiles a predicate into a guarded, parameterised comparison", () => {
    expect(toSql(rule({ field: "email", operator: "=", value: "Ann@x.io" }), NOW)).toEqual({
      sql: "(c.email IS NOT NULL AND c.email = ?)",
      params: ["ann@x.io"],
    });
  });

  it("resolves days_ago at the given now into a bound unix second", () => {
    const { sql, params } = toSql(rule({ field: "last_seen_at", operator: "<", value: { days_ago: 30 } }), NOW, "contact");
    expect(sql).toBe("(contact.last_seen_at IS NOT NULL AND contact.last_seen_at < ?)");
    expect(params).toEqual([NOW - 30 * 86_400]);
  });

  it("never lets a value, attribute name or event name shape the SQL text", () => {
    for (const operator of STRING_OPERATORS) {
      for (const field of ["name", "external_id", "custom_attributes.plan"]) {
        const benign = toSql(rule({ field, operator, value: valueFor(operator, "benign") }), NOW);
        for (const hostile of HOSTILE) {
          const compiled = toSql(rule({ field, operator, value: valueFor(operator, hostile) }), NOW);
          expect(compiled.sql).toBe(benign.sql);
          const value = valueFor(operator, hostile);
          expect(compiled.params).toContain(typeof value === "string" ? value : JSON.stringify(value));
        }
      }
    }
    const benignNames = toSql(rule({ field: "custom_attributes.a", operator: "=", value: 1 }), NOW).sql;
    expect(toSql(rule({ field: "custom_attributes.x -- y", operator: "=", value: 1 }), NOW).sql).toBe(benignNames);
    const benignEvent = toSql(rule({ field: "event.a.count", operator: "=", value: 1 }), NOW).sql;
    expect(toSql(rule({ field: "event.drop table:x.count", operator: "=", value: 1 }), NOW).sql).toBe(benignEvent);
  });

  it("uses neither LIKE nor GLOB, whose patterns D1 caps and whose wildcards would leak", () => {
    for (const predicate of EVERY_KIND) expect(toSql(rule(predicate), NOW).sql).not.toMatch(/\b(LIKE|GLOB)\b/i);
  });

  it("refuses attribute names that could escape the JSON path, even when the rule was built by hand", () => {
    expect(parseRule({ field: 'custom_attributes.$."x"', operator: "=", value: 1 }).ok).toBe(false);
    const forged = Object.assign(rule({ field: "custom_attributes.x", operator: "=", value: 1 }), {
      field: 'custom_attributes.a"].b',
    });
    expect(() => toSql(forged, NOW)).toThrow(TypeError);
  });

  it("refuses an alias that is not a plain identifier", () => {
    const simple = rule({ field: "role", operator: "=", value: "user" });
    expect(() => toSql(simple, NOW, "c; DROP TABLE contacts")).toThrow(RangeError);
    expect(() => toSql(simple, NOW, "rule_event")).toThrow(RangeError);
  });

  it("binds a whole IN list as one JSON parameter", () => {
    const values = Array.from({ length: 100 }, (_, index) => `v${index}`);
    const { sql, params } = toSql(rule({ field: "external_id", operator: "NIN", value: values }), NOW);
    expect(sql).toBe("(c.external_id IS NOT NULL AND c.external_id NOT IN (SELECT rule_list.value FROM json_each(?) AS rule_list))");
    expect(params).toEqual([JSON.stringify(values)]);
  });

  it("keeps the largest valid rule of every kind within 90 bound parameters", () => {
    for (const predicate of EVERY_KIND) {
      const group = (items: unknown[]) => ({ operator: "OR", value: items });
      const maximal = group([group([group(Array.from({ length: 28 }, () => predicate)), predicate]), predicate]);
      const { params } = toSql(rule(maximal), NOW);
      expect(params.length).toBeLessThanOrEqual(90);
      expect(params.length).toBeLessThanOrEqual(60);
    }
  });

  it("compiles empty groups the way every and some read them", () => {
    expect(toSql({ operator: "AND", value: [] }, NOW).sql).toBe("1");
    expect(toSql({ operator: "OR", value: [] }, NOW).sql).toBe("0");
  });
});
