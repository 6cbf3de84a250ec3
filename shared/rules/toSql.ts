// Compiles a rule into a parameterised SQLite boolean expression over `contacts`, selecting
// exactly the contacts `matches` accepts. Only fixed SQL from this file and the alias (checked to
// be an identifier) reach the SQL text; every value, attribute path and event name is bound.
import { resolvePredicate } from "./comparison.ts";
import type { Comparison } from "./comparison.ts";
import type { BuiltInField, Rule } from "./types.ts";

export type SqlExpression = { sql: string; params: (string | number)[] };

// The "rule_" prefix is reserved for this file's own subquery aliases.
const SAFE_ALIAS = /^(?!rule_)[A-Za-z_][A-Za-z0-9_]{0,63}$/;

const COLUMNS: Record<BuiltInField, string> = {
  role: "role",
  email: "email",
  name: "name",
  external_id: "external_id",
  signed_up_at: "signed_up_at",
  last_seen_at: "last_seen_at",
  created_at: "created_at",
  web_sessions: "web_sessions",
};

/**
 * Every predicate compiles to an expression that is 0 or 1, never NULL, so a missing value can
 * never turn into a match through NOT or OR. A predicate binds at most two parameters, so the
 * largest valid rule (30 predicates) stays well inside D1's 100 bound parameters per query.
 */
export function toSql(rule: Rule, now: number, alias = "c"): SqlExpression {
  if (!SAFE_ALIAS.test(alias)) throw new RangeError(`alias must be a plain SQL identifier, got ${JSON.stringify(alias)}`);
  const params: (string | number)[] = [];
  return { sql: compile(rule, now, alias, params), params };
}

function compile(rule: Rule, now: number, alias: string, params: (string | number)[]): string {
  if (!("field" in rule)) {
    const and = rule.operator === "AND";
    if (!and && rule.operator !== "OR") throw new TypeError(`unknown group operator ${JSON.stringify(rule.operator)}`);
    // Like `every` and `some` on an empty array, which is what matches() does.
    if (rule.value.length === 0) return and ? "1" : "0";
    return `(${rule.value.map((child) => compile(child, now, alias, params)).join(and ? " AND " : " OR ")})`;
  }

  const { target, comparison } = resolvePredicate(rule, now);
  const bindInline = () => {
    params.push(encode(comparison));
    return "?";
  };
  switch (target.kind) {
    case "column": {
      const column = `${alias}.${COLUMNS[target.column]}`;
      return `(${column} IS NOT NULL AND ${condition(column, comparison, bindInline)})`;
    }
    case "event": {
      // A count is never NULL, so no guard is needed: a contact without the event has count 0.
      params.push(target.name);
      const count =
        `(SELECT count(*) FROM contact_events AS rule_event WHERE rule_event.workspace_id = ${alias}.workspace_id` +
        ` AND rule_event.contact_id = ${alias}.id AND rule_event.name = ?)`;
      return `(${condition(count, comparison, bindInline)})`;
    }
    case "tag": {
      // EXISTS stops at the first row and uses contact_tags' primary key; one bound name per predicate.
      params.push(String(comparison.value));
      const exists =
        `EXISTS (SELECT 1 FROM contact_tags AS rule_tag JOIN tags AS rule_tag_name ON rule_tag_name.id = rule_tag.tag_id` +
        ` WHERE rule_tag.contact_id = ${alias}.id AND rule_tag.workspace_id = ${alias}.workspace_id AND rule_tag_name.name = ?)`;
      return comparison.operator === "=" ? `(${exists})` : `(NOT ${exists})`;
    }
    case "attribute": {
      // Path and value are bound once in a one-row derived table and referenced by name, so a
      // predicate costs two parameters however often the expression needs them.
      params.push(`$."${target.name}"`, encode(comparison));
      const json = `${alias}.custom_attributes`;
      const type = `json_type(${json}, rule_attr.path)`;
      const test =
        typeof comparison.value === "boolean"
          ? `${type} IS rule_attr.v`
          : `${typeGuard(type, comparison)} AND ${condition(`json_extract(${json}, rule_attr.path)`, comparison, () => "rule_attr.v")}`;
      return `(SELECT ${test} FROM (SELECT ? AS path, ? AS v) AS rule_attr)`;
    }
  }
}

/** The bound form of a comparison's value: lists travel as one JSON array, booleans as a json_type name. */
function encode(comparison: Comparison): string | number {
  const { operator, value } = comparison;
  if (typeof value === "boolean") return value === (operator === "=") ? "true" : "false";
  return typeof value === "string" || typeof value === "number" ? value : JSON.stringify(value);
}

// Type-strict custom attributes: json_extract alone would turn JSON true into 1 and "5" into '5'.
function typeGuard(type: string, comparison: Comparison): string {
  const sample = typeof comparison.value === "object" ? comparison.value[0] : comparison.value;
  return typeof sample === "number" ? `coalesce(${type} IN ('integer', 'real'), 0)` : `${type} IS 'text'`;
}

/**
 * The comparison on a non-NULL operand `x`; `value()` yields the SQL for the value each time it is
 * needed. No LIKE or GLOB: D1 caps their patterns at 50 bytes and they would give `%` and `_` meaning.
 */
function condition(x: string, comparison: Comparison, value: () => string): string {
  switch (comparison.operator) {
    case "=":
      return `${x} = ${value()}`;
    case "!=":
      return `${x} != ${value()}`;
    case ">":
      return `${x} > ${value()}`;
    case "<":
      return `${x} < ${value()}`;
    case "IN":
      return `${x} IN (SELECT rule_list.value FROM json_each(${value()}) AS rule_list)`;
    case "NIN":
      return `${x} NOT IN (SELECT rule_list.value FROM json_each(${value()}) AS rule_list)`;
    case "~":
      return `instr(${x}, ${value()}) > 0`;
    case "!~":
      return `instr(${x}, ${value()}) = 0`;
    case "^":
      return `substr(${x}, 1, length(${value()})) = ${value()}`;
    case "$":
      // Bytes, not characters: SQLite's character-wise substr() with a negative start stops at
      // the first NUL. A UTF-8 byte suffix of a well-formed needle is a code point suffix.
      return `substr(CAST(${x} AS BLOB), -length(CAST(${value()} AS BLOB))) = CAST(${value()} AS BLOB)`;
  }
}
