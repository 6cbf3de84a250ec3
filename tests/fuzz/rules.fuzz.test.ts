import fc from "fast-check";
import { DatabaseSync } from "node:sqlite";
import { describe, expect, it } from "vitest";
import { matches, parseRule, toSql, type Rule, type RuleContact } from "../../shared/rules/index.ts";
import { deepNesting, fuzzRuns, fuzzTimeout, hostileJson, hostileNumber, hostileString, mutated } from "./arbitraries.ts";

// The rule language against hostile input: parseRule never throws and always says why it refuses;
// whatever it accepts compiles to SQL that SQLite runs, and SQL and matches() pick the same contacts.
const RUNS = fuzzRuns(400, process.env.FUZZ_RUNS);
const NOW = 1_800_000_000;

const FIELDS = [
  "role", "email", "name", "external_id", "signed_up_at", "last_seen_at", "created_at", "web_sessions", "tag",
  "custom_attributes.plan", "custom_attributes.__proto__", "custom_attributes.constructor", "custom_attributes.", "event.paid.count",
  "event.__proto__.count", "event..count", "custom_attributes.a.b", "unknown",
];
const OPERATORS = ["=", "!=", "IN", "NIN", ">", "<", "~", "!~", "^", "$", "AND", "OR", "", "==", "LIKE"];

const VALID_RULES: unknown[] = [
  { field: "email", operator: "~", value: "example" },
  { field: "signed_up_at", operator: ">", value: { days_ago: 1 } },
  { field: "custom_attributes.plan", operator: "IN", value: ["pro", "team"] },
  { field: "event.paid.count", operator: ">", value: 2 },
  { field: "tag", operator: "=", value: "vip" },
  { operator: "AND", value: [{ field: "role", operator: "=", value: "user" }, { operator: "OR", value: [{ field: "web_sessions", operator: "<", value: 3 }, { field: "name", operator: "^", value: "A" }] }] },
];

const predicate = fc.record({
  field: fc.oneof(fc.constantFrom(...FIELDS), hostileString),
  operator: fc.oneof(fc.constantFrom(...OPERATORS), hostileString),
  value: fc.oneof(hostileJson, fc.record({ days_ago: fc.oneof(hostileNumber, hostileJson) }), fc.array(fc.oneof(hostileString, hostileNumber), { maxLength: 120 })),
});

const nested = (depth: number, leaf: unknown): unknown => {
  let rule = leaf;
  for (let i = 0; i < depth; i++) rule = { operator: "AND", value: [rule] };
  return rule;
};

const input: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...VALID_RULES).chain(mutated), weight: 6 },
  { arbitrary: predicate, weight: 3 },
  { arbitrary: fc.record({ operator: fc.constantFrom("AND", "OR"), value: fc.array(predicate, { maxLength: 40 }) }), weight: 1 },
  { arbitrary: fc.constantFrom(4, 50, 5000).map((depth) => nested(depth, VALID_RULES[0])), weight: 1 },
  { arbitrary: deepNesting.map((text): unknown => JSON.parse(text)), weight: 1 },
  { arbitrary: hostileJson, weight: 2 },
);

const contact = (over: Partial<RuleContact>): RuleContact => ({
  role: "user", email: null, name: null, external_id: null, signed_up_at: null, last_seen_at: null, created_at: NOW - 86_400, web_sessions: 0,
  custom_attributes: {}, events: {}, tags: [], ...over,
});

// A few contacts whose values sit where rules go wrong: prototype names, NUL, wildcards, big numbers.
const CONTACTS: RuleContact[] = [
  contact({}),
  contact({ role: "lead", email: "a%_@example.com", name: "Ann", external_id: "__proto__", signed_up_at: NOW - 3600, last_seen_at: NOW, web_sessions: 3, custom_attributes: Object.fromEntries([["plan", "pro"], ["__proto__", "x"], ["constructor", 1]]), events: Object.fromEntries([["paid", 3], ["__proto__", 1]]), tags: ["vip"] }),
  contact({ email: "\u0000@x", name: "😀 e\u0301", custom_attributes: { plan: 1e21 }, web_sessions: 1_000_000_000, events: { paid: 1 }, tags: ["__proto__"] }),
];

function openDatabase(): DatabaseSync {
  const db = new DatabaseSync(":memory:");
  db.exec(`
    CREATE TABLE contacts (id TEXT PRIMARY KEY, workspace_id INTEGER NOT NULL, role TEXT NOT NULL, email TEXT, name TEXT, external_id TEXT,
      signed_up_at INTEGER, last_seen_at INTEGER, created_at INTEGER NOT NULL, web_sessions INTEGER NOT NULL, custom_attributes TEXT NOT NULL);
    CREATE TABLE contact_events (id INTEGER PRIMARY KEY, workspace_id INTEGER NOT NULL, contact_id TEXT NOT NULL, name TEXT NOT NULL, created_at INTEGER NOT NULL);
    CREATE TABLE tags (id INTEGER PRIMARY KEY, workspace_id INTEGER NOT NULL, name TEXT NOT NULL);
    CREATE TABLE contact_tags (workspace_id INTEGER NOT NULL, contact_id TEXT NOT NULL, tag_id INTEGER NOT NULL);`);
  const insert = db.prepare("INSERT INTO contacts VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  CONTACTS.forEach((c, index) => {
    const id = `c${index}`;
    insert.run(id, c.role, c.email, c.name, c.external_id, c.signed_up_at, c.last_seen_at, c.created_at, c.web_sessions, JSON.stringify(c.custom_attributes));
    for (const [name, times] of Object.entries(c.events)) for (let i = 0; i < times; i++) db.prepare("INSERT INTO contact_events (workspace_id, contact_id, name, created_at) VALUES (1, ?, ?, 0)").run(id, name);
    for (const name of c.tags ?? []) {
      const tag = db.prepare("INSERT INTO tags (workspace_id, name) VALUES (1, ?) RETURNING id").get(name);
      db.prepare("INSERT INTO contact_tags VALUES (1, ?, ?)").run(id, Number(tag?.["id"]));
    }
  });
  return db;
}

describe("parseRule, toSql and matches on hostile rules", () => {
  it("never throw, explain every refusal, and agree on whatever is accepted", () => {
    const db = openDatabase();
    let accepted = 0;
    fc.assert(
      fc.property(input, (raw) => {
        const started = performance.now();
        const parsed = parseRule(raw);
        if (!parsed.ok) {
          expect(parsed.errors.length).toBeGreaterThan(0);
          for (const error of parsed.errors) expect(error).toMatchObject({ code: "parameter_invalid", message: expect.stringMatching(/\S/) });
          return;
        }
        accepted++;
        const rule: Rule = parsed.rule;
        const { sql, params } = toSql(rule, NOW);
        const rows = db.prepare(`SELECT id FROM contacts c WHERE c.workspace_id = 1 AND ${sql} ORDER BY id`).all(...params);
        const expected = CONTACTS.flatMap((c, index) => (matches(rule, c, NOW) ? [`c${index}`] : []));
        expect({ raw, selected: rows.map((row) => String(row["id"])) }).toEqual({ raw, selected: expected });
        expect(performance.now() - started).toBeLessThan(1000);
      }),
      { numRuns: RUNS },
    );
    // A fuzz run that accepted nothing tested only the refusals.
    expect(accepted).toBeGreaterThan(0);
  }, fuzzTimeout(RUNS, 10));

  it("refuse rules nested thousands of groups deep without overflowing the stack", () => {
    for (const depth of [4, 1000, 100_000]) {
      const parsed = parseRule(nested(depth, VALID_RULES[0]));
      expect(parsed.ok).toBe(false);
    }
  });
});
