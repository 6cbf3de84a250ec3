import { DatabaseSync } from "node:sqlite";
import { describe, expect, it } from "vitest";
import { matches } from "./evaluate.ts";
import { parseRule } from "./parse.ts";
import { toSql } from "./toSql.ts";
import type { Rule, RuleContact } from "./types.ts";

const NOW = 1_700_000_000;

function rule(input: unknown): Rule {
  const result = parseRule(input);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join("; "));
  return result.rule;
}

function aContact(tags?: string[]): RuleContact {
  const base = { role: "user", email: null, name: null, external_id: null, signed_up_at: null, last_seen_at: null, created_at: NOW, web_sessions: 0, custom_attributes: {}, events: {} } as const;
  return tags === undefined ? base : { ...base, tags };
}

describe("parseRule on the tag field", () => {
  it("accepts = and != with a tag name", () => {
    expect(rule({ field: "tag", operator: "=", value: "vip" })).toEqual({ field: "tag", operator: "=", value: "vip" });
    expect(rule({ field: "tag", operator: "!=", value: "Churn risk" })).toEqual({ field: "tag", operator: "!=", value: "Churn risk" });
  });

  it("refuses other operators, empty names and non-strings", () => {
    for (const input of [
      { field: "tag", operator: "~", value: "vip" },
      { field: "tag", operator: "IN", value: ["vip"] },
      { field: "tag", operator: "=", value: "" },
      { field: "tag", operator: "=", value: 3 },
    ]) {
      expect(parseRule(input).ok, JSON.stringify(input)).toBe(false);
    }
  });
});

describe("matches on the tag field", () => {
  it("is true for = when the contact has the tag and for != when it has not", () => {
    const tagged = aContact(["vip", "beta"]);
    expect(matches(rule({ field: "tag", operator: "=", value: "vip" }), tagged, NOW)).toBe(true);
    expect(matches(rule({ field: "tag", operator: "!=", value: "vip" }), tagged, NOW)).toBe(false);
    expect(matches(rule({ field: "tag", operator: "=", value: "VIP" }), tagged, NOW)).toBe(false);
  });

  it("lets a contact without tags match != and never =", () => {
    for (const contact of [aContact(), aContact([])]) {
      expect(matches(rule({ field: "tag", operator: "!=", value: "vip" }), contact, NOW)).toBe(true);
      expect(matches(rule({ field: "tag", operator: "=", value: "vip" }), contact, NOW)).toBe(false);
    }
  });
});

describe("toSql on the tag field", () => {
  it("binds the name once in an EXISTS over the contact's tags", () => {
    const compiled = toSql(rule({ field: "tag", operator: "!=", value: "'; DROP TABLE tags; --" }), NOW);
    expect(compiled.params).toEqual(["'; DROP TABLE tags; --"]);
    expect(compiled.sql).toMatch(/^\(NOT EXISTS \(SELECT 1 FROM contact_tags /);
    expect(compiled.sql).toBe(toSql(rule({ field: "tag", operator: "!=", value: "x" }), NOW).sql);
  });

  it("selects in SQLite exactly the contacts matches accepts, other workspaces' tags aside", () => {
    const db = new DatabaseSync(":memory:");
    db.exec(`
      CREATE TABLE contacts (id TEXT PRIMARY KEY, workspace_id INTEGER NOT NULL, role TEXT NOT NULL DEFAULT 'user');
      CREATE TABLE tags (id INTEGER PRIMARY KEY, workspace_id INTEGER NOT NULL, name TEXT NOT NULL);
      CREATE TABLE contact_tags (workspace_id INTEGER NOT NULL, contact_id TEXT NOT NULL, tag_id INTEGER NOT NULL);
      INSERT INTO tags VALUES (1, 1, 'vip'), (2, 1, 'beta'), (3, 2, 'vip');
      INSERT INTO contacts (id, workspace_id) VALUES ('a', 1), ('b', 1), ('c', 1), ('d', 1);
      INSERT INTO contact_tags VALUES (1, 'a', 1), (1, 'a', 2), (1, 'b', 2), (2, 'c', 3);`);
    const people: Record<string, RuleContact> = { a: aContact(["vip", "beta"]), b: aContact(["beta"]), c: aContact(), d: aContact([]) };
    const rules = [
      { field: "tag", operator: "=", value: "vip" },
      { field: "tag", operator: "!=", value: "vip" },
      { field: "tag", operator: "!=", value: "nobody has it" },
      { operator: "AND", value: [{ field: "tag", operator: "=", value: "beta" }, { field: "tag", operator: "!=", value: "vip" }] },
      { operator: "OR", value: [{ field: "tag", operator: "=", value: "vip" }, { field: "role", operator: "=", value: "lead" }] },
    ].map(rule);
    for (const r of rules) {
      const { sql, params } = toSql(r, NOW);
      const selected = db.prepare(`SELECT id FROM contacts c WHERE c.workspace_id = 1 AND ${sql} ORDER BY id`).all(...params).map((row) => String(row["id"]));
      const expected = Object.entries(people).flatMap(([id, contact]) => (matches(r, contact, NOW) ? [id] : []));
      expect({ rule: r, selected }).toEqual({ rule: r, selected: expected });
    }
  });
});
