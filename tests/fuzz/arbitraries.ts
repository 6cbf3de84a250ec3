// Hostile inputs shared by every fuzz test: valid-shaped values with one part turned into the
// wrong type, huge or odd strings, numbers at their limits, prototype keys and raw bytes. Pure
// fast-check, so the same arbitraries run in Node (unit) and in workerd (worker).
import fc from "fast-check";

/** Runs per property: the default keeps `npm test` fast; `FUZZ_RUNS=N` raises it for long campaigns. */
export function fuzzRuns(fallback: number, raw: unknown): number {
  const runs = typeof raw === "string" ? Number(raw) : Number.NaN;
  return Number.isInteger(runs) && runs > 0 ? runs : fallback;
}

/** A test's time limit that grows with the runs, so long campaigns are not cut off. */
export const fuzzTimeout = (runs: number, msPerRun: number): number => 30_000 + runs * msPerRun;

/** Names that mean something to Object.prototype: as own keys they must stay plain data. */
export const PROTO_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty"] as const;

const LIMIT_NUMBERS = [
  0, -0, -1, 1, 0.5, 1e-7, 2 ** 31 - 1, 2 ** 31, 2 ** 32, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e21, 32_503_680_001,
];

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...LIMIT_NUMBERS),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const TRICKY_TEXT = [
  "", " ", "\u0000", "\ud800", "\udfff", "😀", "e\u0301", "\u202e", "\ufeff", "null", "true", "NaN", "-1", "1e400",
  "0x10", "' OR 1=1 --", "%_\\", "<script>alert(1)</script>", "{{contact.name}}", "../../etc/passwd", "a@b", "@",
  "2024-01-01T00:00:00Z", ...PROTO_KEYS,
];

const longText = fc
  .tuple(fc.constantFrom("a", "é", "😀", "\u0000", " "), fc.constantFrom(101, 256, 1001, 4097, 10_241, 70_000))
  .map(([unit, times]) => unit.repeat(times));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...TRICKY_TEXT), weight: 3 },
  // "binary" units include lone surrogates, which JSON carries as \ud800 escapes.
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 3 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }), weight: 2 },
  { arbitrary: longText, weight: 1 },
);

export const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null));

// Object.fromEntries makes "__proto__" an own key, as JSON.parse of a request body would.
const objectOf = (pairs: [string, unknown][]): Record<string, unknown> => Object.fromEntries(pairs);

/** Any JSON value: nested arrays and objects whose keys are often prototype names. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown; array: unknown[]; object: Record<string, unknown> }>((tie) => ({
  value: fc.oneof({ depthSize: "small" }, hostileLeaf, tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 4 }),
  object: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PROTO_KEYS), hostileString), tie("value")), { maxLength: 4 }).map(objectOf),
})).value;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A valid value with one thing wrong: a field replaced (recursively) by a hostile value, a field
 * dropped, a prototype key added, a list emptied or made huge. Often left valid, so that the
 * deeper checks a route makes after parsing are reached too.
 */
export function mutated(valid: unknown): fc.Arbitrary<unknown> {
  const options: fc.WeightedArbitrary<unknown>[] = [
    { arbitrary: fc.constant(valid), weight: 2 },
    { arbitrary: hostileJson, weight: 1 },
  ];
  if (Array.isArray(valid)) {
    options.push({ arbitrary: fc.constantFrom<unknown>([], Array.from({ length: 600 }, () => valid[0] ?? null)), weight: 1 });
    if (valid.length > 0) {
      const index = fc.integer({ min: 0, max: valid.length - 1 });
      options.push({ arbitrary: index.chain((i) => mutated(valid[i]).map((item) => valid.map((old, j) => (j === i ? item : old)))), weight: 4 });
    }
  } else if (isRecord(valid)) {
    const entries = Object.entries(valid);
    const keys = entries.map(([key]) => key);
    if (keys.length > 0) {
      const key = fc.constantFrom(...keys);
      const replaced = key.chain((k) => mutated(valid[k]).map((v) => objectOf(entries.map(([old, was]) => [old, old === k ? v : was]))));
      options.push({ arbitrary: replaced, weight: 6 });
      options.push({ arbitrary: key.map((k) => objectOf(entries.filter(([old]) => old !== k))), weight: 1 });
    }
    const extra = fc.tuple(fc.constantFrom(...PROTO_KEYS), hostileJson).map(([k, v]) => objectOf([...entries, [k, v]]));
    options.push({ arbitrary: extra, weight: 1 });
  }
  return fc.oneof(...options);
}

/** Bracket or object nesting far deeper than any request needs, as raw JSON text. */
export const deepNesting: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(100, 1000, 5000, 12_000), fc.boolean())
  .map(([depth, arrays]) => (arrays ? `${"[".repeat(depth)}${"]".repeat(depth)}` : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`));

export type FuzzBody = string | Uint8Array<ArrayBuffer>;

/** Request bodies around a valid one: mostly structured JSON, sometimes cut short, raw bytes or deep nesting. */
export function bodyAround(valid: unknown): fc.Arbitrary<FuzzBody> {
  const text = JSON.stringify(valid);
  return fc.oneof(
    { arbitrary: mutated(valid).map((value): FuzzBody => JSON.stringify(value) ?? "null"), weight: 10 },
    { arbitrary: fc.nat({ max: text.length }).map((cut): FuzzBody => text.slice(0, cut)), weight: 1 },
    { arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes): FuzzBody => new Uint8Array(bytes)), weight: 1 },
    { arbitrary: deepNesting, weight: 1 },
    { arbitrary: fc.constantFrom<FuzzBody>("", "null", "[]", "0", '"x"', "\ufeff{}", "{}".repeat(40_000)), weight: 1 },
  );
}
