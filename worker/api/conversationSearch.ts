import { and, eq, gt, lt, ne, or, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { conversations } from "../db/schema.ts";
import { ApiError } from "../http/errors.ts";

// Intercom's conversation search, over the list fields kept in D1. Values only ever reach SQL as
// bound parameters; fields come from this whitelist. Each predicate binds at most two parameters
// (a list is one JSON array), so MAX_PREDICATES keeps a query well under D1's 100.
type Kind = "number" | "text" | "state" | "bool";
const FIELDS: Record<string, { column: SQLiteColumn; kind: Kind }> = {
  id: { column: conversations.id, kind: "number" },
  created_at: { column: conversations.createdAt, kind: "number" },
  updated_at: { column: conversations.updatedAt, kind: "number" },
  waiting_since: { column: conversations.waitingSince, kind: "number" },
  snoozed_until: { column: conversations.snoozedUntil, kind: "number" },
  admin_assignee_id: { column: conversations.adminAssigneeId, kind: "number" },
  team_assignee_id: { column: conversations.teamAssigneeId, kind: "number" },
  state: { column: conversations.state, kind: "state" },
  contact_ids: { column: conversations.contactId, kind: "text" },
  "source.body": { column: conversations.sourceBody, kind: "text" },
  "source.author.id": { column: conversations.sourceAuthorId, kind: "text" },
  open: { column: conversations.state, kind: "bool" },
};
const MAX_DEPTH = 3;
const MAX_PREDICATES = 30;

type Scalar = string | number | boolean;

function fail(path: string, message: string): never {
  throw new ApiError("parameter_invalid", `${path}: ${message}`);
}

function scalar(value: unknown, kind: Kind, path: string): Scalar {
  if (kind === "number") {
    const n = typeof value === "string" && /^-?[0-9]{1,15}$/.test(value) ? Number(value) : value;
    if (typeof n !== "number" || !Number.isInteger(n)) fail(path, "expected an integer");
    return n;
  }
  if (kind === "bool") {
    if (value === true || value === "true") return true;
    if (value === false || value === "false") return false;
    fail(path, "expected true or false");
  }
  if (typeof value !== "string" || value.length > 1000) fail(path, "expected a string of at most 1000 characters");
  if (kind === "state" && !["open", "closed", "snoozed"].includes(value)) fail(path, "state is open, closed or snoozed");
  return value;
}

function predicate(field: string, operator: string, value: unknown, path: string): SQL {
  const spec = FIELDS[field];
  if (!spec) fail(`${path}.field`, `unknown field "${field.slice(0, 40)}"`);
  const col = spec.column;
  if (spec.kind === "bool") {
    if (operator !== "=" && operator !== "!=") fail(`${path}.operator`, "open takes = or !=");
    const wantOpen = scalar(value, "bool", `${path}.value`) === (operator === "=");
    return wantOpen ? ne(col, "closed") : eq(col, "closed");
  }
  if (operator === "IN" || operator === "NIN") {
    if (!Array.isArray(value) || value.length === 0 || value.length > 50) fail(`${path}.value`, "IN and NIN take a list of 1 to 50 values");
    const list = value.map((v, i) => scalar(v, spec.kind, `${path}.value[${i}]`));
    // One bound parameter per list, not one per value: 30 lists of 50 would pass D1's 100.
    const values = sql`(SELECT value FROM json_each(${JSON.stringify(list)}))`;
    return operator === "IN" ? sql`(${col} IS NOT NULL AND ${col} IN ${values})` : sql`(${col} IS NOT NULL AND ${col} NOT IN ${values})`;
  }
  const v = scalar(value, spec.kind, `${path}.value`);
  const text = typeof v === "string" ? v : String(v);
  switch (operator) {
    case "=":
      return eq(col, v);
    case "!=":
      return and(sql`${col} IS NOT NULL`, ne(col, v)) ?? sql`0`;
    case ">":
      return gt(col, v);
    case "<":
      return lt(col, v);
    case "~":
      return sql`instr(${col}, ${text}) > 0`;
    case "!~":
      return sql`(${col} IS NOT NULL AND instr(${col}, ${text}) = 0)`;
    case "^":
      return sql`substr(${col}, 1, length(${text})) = ${text}`;
    case "$":
      return sql`substr(${col}, -length(${text})) = ${text}`;
    default:
      return fail(`${path}.operator`, `unknown operator "${operator.slice(0, 10)}"`);
  }
}

export function conversationFilter(query: unknown, path = "query"): SQL {
  let predicates = 0;
  const walk = (node: unknown, at: string, depth: number): SQL => {
    if (typeof node !== "object" || node === null || Array.isArray(node)) fail(at, "expected a predicate or a group");
    const { field, operator, value } = Object.fromEntries(Object.entries(node));
    if (operator === "AND" || operator === "OR") {
      if (depth >= MAX_DEPTH) fail(at, `groups nest at most ${MAX_DEPTH} deep`);
      if (!Array.isArray(value) || value.length === 0) fail(`${at}.value`, "a group needs a list of rules");
      const parts = value.map((child, i) => walk(child, `${at}.value[${i}]`, depth + 1));
      return (operator === "AND" ? and(...parts) : or(...parts)) ?? sql`1`;
    }
    if (++predicates > MAX_PREDICATES) fail(at, `at most ${MAX_PREDICATES} predicates`);
    if (typeof field !== "string" || typeof operator !== "string") fail(at, "a predicate has a field, an operator and a value");
    return predicate(field, operator, value, at);
  };
  return walk(query, path, 0);
}

