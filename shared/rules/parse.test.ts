import { describe, expect, it } from "vitest";
import { parseRule } from "./parse.ts";
import type { Rule } from "./types.ts";

function ruleOf(input: unknown): Rule {
  const result = parseRule(input);
  if (!result.ok) throw new Error(`expected a valid rule: ${result.errors.map((e) => e.message).join("; ")}`);
  return result.rule;
}

function errorsOf(input: unknown): string[] {
  const result = parseRule(input);
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.rule)}`);
  for (const error of result.errors) expect(error.code).toBe("parameter_invalid");
  return result.errors.map((error) => error.message);
}

const predicate = (field: string, operator: string, value: unknown) => ({ field, operator, value });
const nest = (levels: number, leaf: unknown): unknown =>
  levels === 0 ? leaf : { operator: "AND", value: [nest(levels - 1, leaf)] };

describe("parseRule", () => {
  it("accepts a single predicate and returns it unchanged", () => {
    expect(ruleOf(predicate("name", "~", "Ann"))).toEqual(predicate("name", "~", "Ann"));
  });

  it("normalises the SDK's digit strings to numbers for times, numbers, event counts and lists", () => {
    expect(ruleOf(predicate("created_at", ">", "1306054154"))).toEqual(predicate("created_at", ">", 1306054154));
    expect(ruleOf(predicate("web_sessions", "IN", ["1", 2, "-3"]))).toEqual(predicate("web_sessions", "IN", [1, 2, -3]));
    expect(ruleOf(predicate("event.signed-up.count", "=", "0"))).toEqual(predicate("event.signed-up.count", "=", 0));
    expect(ruleOf(predicate("last_seen_at", "<", { days_ago: "30" }))).toEqual(
      predicate("last_seen_at", "<", { days_ago: 30 }),
    );
  });

  it("keeps relative times as days_ago, fractional ones included", () => {
    expect(ruleOf(predicate("signed_up_at", ">", { days_ago: 1.5 }))).toEqual(
      predicate("signed_up_at", ">", { days_ago: 1.5 }),
    );
  });

  it("lower-cases email values but leaves other strings as they are", () => {
    expect(ruleOf(predicate("email", "IN", ["Ann@Example.COM"]))).toEqual(predicate("email", "IN", ["ann@example.com"]));
    expect(ruleOf(predicate("name", "=", "Ann"))).toEqual(predicate("name", "=", "Ann"));
  });

  it("types custom attributes by their value and keeps digit strings as strings", () => {
    const group = {
      operator: "OR",
      value: [
        predicate("custom_attributes.plan", "^", "pro"),
        predicate("custom_attributes.seats", ">", 2.5),
        predicate("custom_attributes.paid", "!=", false),
        predicate("custom_attributes.zip", "IN", ["01234", "5"]),
        predicate("custom_attributes.Team size", "NIN", [1, 2]),
      ],
    };
    expect(ruleOf(group)).toEqual(group);
  });

  it("accepts three group levels and thirty predicates", () => {
    expect(ruleOf(nest(3, predicate("role", "=", "lead")))).toEqual(nest(3, predicate("role", "=", "lead")));
    const thirty = { operator: "AND", value: Array.from({ length: 30 }, (_, i) => predicate("web_sessions", "!=", i)) };
    expect(ruleOf(thirty)).toEqual(thirty);
  });

  it("refuses a field it does not know, naming the path", () => {
    const input = { operator: "AND", value: [predicate("name", "=", "x"), predicate("emial", "=", "x")] };
    expect(errorsOf(input)).toEqual(['query.value[1].field: unknown field "emial"']);
    expect(errorsOf(predicate("event.signup", "=", 1))[0]).toMatch(/^query\.field: unknown field "event\.signup"/);
  });

  it("refuses values of the wrong type", () => {
    expect(errorsOf(predicate("web_sessions", "=", "abc"))[0]).toMatch(/^query\.value: expected an integer/);
    expect(errorsOf(predicate("web_sessions", "=", 1.5))[0]).toMatch(/^query\.value: expected an integer/);
    expect(errorsOf(predicate("email", "=", 5))).toEqual(["query.value: expected a string, got a number"]);
    expect(errorsOf(predicate("created_at", ">", "yesterday"))[0]).toMatch(/^query\.value: expected unix seconds/);
    expect(errorsOf(predicate("custom_attributes.plan", "=", null))[0]).toMatch(/^query\.value: expected a string, number/);
  });

  it("refuses an operator it does not know or the field does not allow", () => {
    expect(errorsOf(predicate("name", "==", "x"))[0]).toMatch(/^query\.operator: unknown operator "=="/);
    expect(errorsOf(predicate("email", ">", "a"))).toEqual(['query.operator: operator ">" is not allowed for string field "email"']);
    expect(errorsOf(predicate("web_sessions", "~", "1"))[0]).toMatch(/^query\.operator: operator "~" is not allowed/);
    expect(errorsOf(predicate("custom_attributes.plan", ">", "pro"))[0]).toMatch(/^query\.value: operator ">" needs a number/);
    expect(errorsOf(predicate("custom_attributes.paid", "~", true))[0]).toMatch(/^query\.value: a boolean allows only/);
    expect(errorsOf(predicate("signed_up_at", "IN", [{ days_ago: 1 }]))[0]).toMatch(/^query\.value\[0\]: expected an integer/);
  });

  it("refuses nesting deeper than three group levels", () => {
    expect(errorsOf(nest(4, predicate("role", "=", "user")))).toEqual([
      "query.value[0].value[0].value[0]: nesting deeper than 3 group levels",
    ]);
  });

  it("refuses more than thirty predicates in total", () => {
    const half = { operator: "OR", value: Array.from({ length: 16 }, () => predicate("name", "=", "x")) };
    expect(errorsOf({ operator: "AND", value: [half, half] })).toEqual(["query: more than 30 predicates in total (found 32)"]);
  });

  it("refuses empty or oversized IN lists and empty groups", () => {
    expect(errorsOf(predicate("email", "IN", []))[0]).toMatch(/^query\.value: expected a non-empty array/);
    expect(errorsOf(predicate("name", "NIN", Array.from({ length: 101 }, String)))[0]).toMatch(/got 101 values/);
    expect(errorsOf({ operator: "OR", value: [] })[0]).toMatch(/^query\.value: expected an array of 1 to 30 rules/);
  });

  it("refuses bad custom attribute and event names", () => {
    expect(errorsOf(predicate('custom_attributes.$."x"', "=", "y"))[0]).toMatch(/^query\.field: invalid custom attribute name/);
    expect(errorsOf(predicate("custom_attributes.a.b", "=", "y"))[0]).toMatch(/invalid custom attribute name "a\.b"/);
    expect(errorsOf(predicate("custom_attributes.", "=", "y"))[0]).toMatch(/invalid custom attribute name ""/);
    expect(errorsOf(predicate('event.a"b.count', "=", 1))[0]).toMatch(/^query\.field: invalid event name/);
  });

  it("refuses a role other than user or lead", () => {
    expect(errorsOf(predicate("role", "IN", ["user", "admin"]))).toEqual([
      'query.value[1]: role must be "user" or "lead", got "admin"',
    ]);
  });

  it("refuses empty needles, mixed lists, bad days_ago and strings SQLite would read differently", () => {
    expect(errorsOf(predicate("name", "~", ""))).toEqual(["query.value: expected a non-empty string"]);
    expect(errorsOf(predicate("custom_attributes.x", "IN", ["a", 1]))[0]).toMatch(/^query\.value\[1\]: expected a string/);
    expect(errorsOf(predicate("last_seen_at", "<", { days_ago: -1 }))[0]).toMatch(/^query\.value\.days_ago: expected a number/);
    expect(errorsOf(predicate("last_seen_at", "<", { days_ago: 1, hours: 2 }))[0]).toMatch(/^query\.value\.hours: unknown key/);
    expect(errorsOf(predicate("name", "=", "a\u0000b"))[0]).toMatch(/NUL characters or unpaired surrogates/);
    expect(errorsOf(predicate("name", "$", "\ud83d"))[0]).toMatch(/NUL characters or unpaired surrogates/);
  });

  it("collects every problem rather than stopping at the first, under the given path", () => {
    const input = { operator: "AND", value: [predicate("emial", "=", "x"), { field: "name", operator: "=", vaule: "x" }, 7] };
    expect(parseRule(input, "rule").ok).toBe(false);
    expect(errorsOf(input)).toEqual([
      'query.value[0].field: unknown field "emial"',
      'query.value[1]: unknown key "vaule"',
      "query.value[1].value: missing",
      'query.value[2]: expected a rule object with "operator" and "value", got a number',
    ]);
    const renamed = parseRule(predicate("emial", "=", "x"), "segment.rule");
    expect(renamed.ok ? [] : renamed.errors.map((e) => e.message)).toEqual(['segment.rule.field: unknown field "emial"']);
  });
});
