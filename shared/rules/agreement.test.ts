import fc from "fast-check";
import { DatabaseSync } from "node:sqlite";
import { describe, expect, it } from "vitest";
import { matches } from "./evaluate.ts";
import { parseRule } from "./parse.ts";
import { toSql } from "./toSql.ts";
import type { Rule, RuleContact } from "./types.ts";

const DAY = 86_400;
const DAYS = [0, 1 / 3, 0.5, 1, 7, 30];
const ATTRIBUTES = ["plan", "Team size", "x-1", "__proto__", "constructor"];
const EVENTS = ["paid", "signed-up", "a.b:c", "constructor"];
// Few letters so that contains/starts/ends often hit; NUL, astral and LIKE wildcards on purpose.
const LETTERS = ["a", "b", "é", "A", "1", "😀", "%", "_", " "];
const NUMBERS = [0, 1, 2, 5, -1, 2.5, 0.1, 1e21, -0];
const TEXTUAL = ["=", "!=", "~", "!~", "^", "$"];
const ORDERED = ["=", "!=", ">", "<"];
const LISTS = ["IN", "NIN"];

const storedText = fc.string({ unit: fc.constantFrom(...LETTERS, "\u0000"), maxLength: 6 });
const ruleText = fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 3 });
const number = fc.oneof(fc.constantFrom(...NUMBERS), fc.double({ noNaN: true, noDefaultInfinity: true }));
const count = fc.integer({ min: 0, max: 3 });
const digits = (value: number) => fc.constantFrom(value, String(value));
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null, freq: 4 });

// Object.fromEntries makes "__proto__" an own key, as JSON.parse of a stored row would.
const recordOf = <T>(names: string[], value: fc.Arbitrary<T>, maxLength: number) =>
  fc.array(fc.tuple(fc.constantFrom(...names), value), { maxLength }).map((pairs): Record<string, T> => Object.fromEntries(pairs));

/** The instants worth testing at a given now: each relative boundary and one second either side. */
function instantsAround(now: number): number[] {
  return DAYS.flatMap((days) => [-1, 0, 1].map((delta) => now - Math.round(days * DAY) + delta)).concat(now + 60);
}

function contactArbitrary(instants: number[]): fc.Arbitrary<RuleContact> {
  const instant = fc.constantFrom(...instants);
  const attribute = fc.oneof(storedText, number, fc.boolean(), fc.constant(null));
  return fc.record({
    role: fc.constantFrom("user", "lead"),
    email: maybe(storedText.map((text) => text.toLowerCase())),
    name: maybe(storedText),
    external_id: maybe(storedText),
    signed_up_at: maybe(instant),
    last_seen_at: maybe(instant),
    created_at: instant,
    web_sessions: count,
    custom_attributes: recordOf(ATTRIBUTES, attribute, 4),
    events: recordOf(EVENTS, count, 3),
  });
}

const list = <T>(item: fc.Arbitrary<T>) => fc.array(item, { minLength: 1, maxLength: 3 });
const predicate = (fields: fc.Arbitrary<string>, operator: string, value: fc.Arbitrary<unknown>) =>
  fc.record({ field: fields, operator: fc.constant(operator), value });

function predicateArbitrary(now: number, instants: number[]): fc.Arbitrary<unknown> {
  const textField = fc.constantFrom("email", "name", "external_id");
  const timeField = fc.constantFrom("signed_up_at", "last_seen_at", "created_at");
  const [role, roleValue] = [fc.constant("role"), fc.constantFrom("user", "lead")];
  const attribute = fc.constantFrom(...ATTRIBUTES).map((name) => `custom_attributes.${name}`);
  const counted = fc.oneof(fc.constant("web_sessions"), fc.constantFrom(...EVENTS).map((name) => `event.${name}.count`));
  const absolute = fc.constantFrom(...instants).chain(digits);
  const past = instants.filter((instant) => instant <= now);
  const relative = fc.oneof(fc.constantFrom(...DAYS), fc.constantFrom(...past).map((instant) => (now - instant) / DAY));
  const time = fc.oneof(absolute, relative.map((days) => ({ days_ago: days })));
  const each = (field: fc.Arbitrary<string>, operators: string[], value: fc.Arbitrary<unknown>) =>
    operators.map((operator) => predicate(field, operator, value));
  return fc.oneof(
    ...each(textField, TEXTUAL, ruleText),
    ...each(textField, LISTS, list(ruleText)),
    ...each(role, TEXTUAL, roleValue),
    ...each(role, LISTS, list(roleValue)),
    ...each(timeField, ORDERED, time),
    ...each(timeField, LISTS, list(absolute)),
    ...each(counted, ORDERED, count.chain(digits)),
    ...each(counted, LISTS, list(count.chain(digits))),
    ...each(attribute, TEXTUAL, ruleText),
    ...each(attribute, LISTS, list(ruleText)),
    ...each(attribute, ORDERED, number),
    ...each(attribute, LISTS, list(number)),
    ...each(attribute, ["=", "!="], fc.boolean()),
  );
}

// At most three group levels of at most three rules each: 27 predicates, within the limit of 30.
function ruleArbitrary(now: number, instants: number[], levels: number): fc.Arbitrary<unknown> {
  const leaf = predicateArbitrary(now, instants);
  if (levels === 0) return leaf;
  const group = fc.record({ operator: fc.constantFrom("AND", "OR"), value: list(ruleArbitrary(now, instants, levels - 1)) });
  return fc.oneof({ arbitrary: leaf, weight: 1 }, { arbitrary: group, weight: 2 });
}

const world = fc.integer({ min: 1_500_000_000, max: 1_900_000_000 }).chain((now) => {
  const instants = instantsAround(now);
  const contacts = fc.array(contactArbitrary(instants), { minLength: 1, maxLength: 8 });
  return fc.record({ now: fc.constant(now), contacts, rule: ruleArbitrary(now, instants, 3) });
});

function openDatabase() {
  const db = new DatabaseSync(":memory:");
  db.exec(`
    CREATE TABLE contacts (id TEXT PRIMARY KEY, workspace_id INTEGER NOT NULL, role TEXT NOT NULL, email TEXT,
      name TEXT, external_id TEXT, signed_up_at INTEGER, last_seen_at INTEGER, created_at INTEGER NOT NULL,
      web_sessions INTEGER NOT NULL, custom_attributes TEXT NOT NULL CHECK (json_valid(custom_attributes)));
    CREATE TABLE contact_events (id INTEGER PRIMARY KEY, workspace_id INTEGER NOT NULL, contact_id TEXT NOT NULL,
      name TEXT NOT NULL, created_at INTEGER NOT NULL);`);
  const insertContact = db.prepare("INSERT INTO contacts VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  const insertEvent = db.prepare("INSERT INTO contact_events (workspace_id, contact_id, name, created_at) VALUES (?, ?, ?, 0)");
  const reset = () => db.exec("DELETE FROM contacts; DELETE FROM contact_events;");
  const insert = (id: string, c: RuleContact) => {
    const columns = [c.role, c.email, c.name, c.external_id, c.signed_up_at, c.last_seen_at, c.created_at, c.web_sessions];
    insertContact.run(id, ...columns, JSON.stringify(c.custom_attributes));
    for (const [name, times] of Object.entries(c.events)) {
      for (let i = 0; i < times; i += 1) insertEvent.run(1, id, name);
      insertEvent.run(2, id, name); // another workspace's event must never be counted
    }
  };
  return { db, reset, insert };
}

function* subRules(rule: Rule): Generator<Rule> {
  yield rule;
  if (!("field" in rule)) for (const child of rule.value) yield* subRules(child);
}

describe("toSql and matches", () => {
  // A thousand random cases take about a second alone and several on a busy CI core: bounded work, not a timing.
  it("select exactly the same contacts for random rules and contacts", () => {
    const { db, reset, insert } = openDatabase();
    fc.assert(
      fc.property(world, ({ now, contacts, rule: input }) => {
        const parsed = parseRule(input);
        if (!parsed.ok) throw new Error(`generated an invalid rule: ${parsed.errors.map((e) => e.message).join("; ")}`);
        reset();
        contacts.forEach((contact, index) => insert(`c${index}`, contact));
        // Every sub-rule too, so each predicate is checked on its own and not only through AND/OR.
        for (const rule of subRules(parsed.rule)) {
          const { sql, params } = toSql(rule, now);
          expect(params.length).toBeLessThanOrEqual(90);
          const rows = db.prepare(`SELECT id FROM contacts c WHERE c.workspace_id = 1 AND ${sql} ORDER BY id`).all(...params);
          const selected = rows.map((row) => String(row["id"]));
          const expected = contacts.flatMap((contact, index) => (matches(rule, contact, now) ? [`c${index}`] : []));
          expect({ rule, selected }).toEqual({ rule, selected: expected.sort() });
        }
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
