import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { checkArticle } from "../../site/help/build/checkArticle.ts";
import { fuzzRuns, fuzzTimeout, hostileJson, hostileString, mutated } from "./arbitraries.ts";

// The help-center build's article check against any frontmatter and any MDX body: it never throws,
// answers within a second, and either accepts the article or names each problem with its file and
// a line inside the file, so a broken article fails the build with a message and not a stack trace.
const RUNS = fuzzRuns(150, process.env.FUZZ_RUNS);
const FILE = "content/articles/start/install.mdx";
const COLLECTIONS = new Set(["start"]);

const VALID = { title: "Install the messenger", description: "Paste the snippet.", draft: false, order: 1, tags: ["setup", "web"] };

const YAML_TRICKS = [
  "title: [", "title: 'unterminated", "title: a\ntitle: b", "\ttitle: tab", "title: !!binary aGVsbG8=", "title: !custom x", "? complex key\n: v",
  "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
  "<<: {title: merged}", "title: *undefined", "%YAML 1.1\n---", "...", "title: 1e400", "description: 0x10", "draft: yes", "order: .inf", "tags: {a: 1}",
  "__proto__: {title: polluted}", "constructor: x",
];

const frontmatter: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: mutated(VALID).map((value) => stringify(value)), weight: 5 },
  { arbitrary: fc.constantFrom(...YAML_TRICKS), weight: 3 },
  { arbitrary: hostileJson.map((value) => stringify(value)), weight: 1 },
  { arbitrary: hostileString, weight: 1 },
);

const MDX_TRICKS = [
  "<Callout", "<Callout type=\"warning\">unclosed", "</Callout>", "{", "}", "{1 + }", "{/* comment */}", "import x from 'y'", "export const a = 1",
  "<!-- comment", "<script>alert(1)</script>", "<Unknown />", "<a href=\"javascript:alert(1)\">x</a>", "[x](javascript:alert(1))", "[x](/start/missing)",
  "![img](data:image/svg+xml;base64,PHN2Zz4=)", "```js\nunclosed", "| a | b |\n|---|", "$$", "<div>{props.x}</div>", "&nbsp; &#0; &#x110000;",
];

// The MDX parser alone takes quadratic time on unclosed tags (about a second for 5,000 on a busy
// core) and on very deep quotes, so the timed property stays below that; the regression test above
// takes 20,000 levels without a clock.
const deepBody = fc
  .oneof(fc.tuple(fc.constantFrom("> ", "- ", "* ", "1. ", "[", "*"), fc.constantFrom(100, 1000, 5000)), fc.tuple(fc.constantFrom("<div>", "<Callout>"), fc.constantFrom(100, 1000)))
  .map(([unit, times]) => `${unit.repeat(times)}text`);

const body: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.array(fc.oneof(fc.constantFrom(...MDX_TRICKS), hostileString, fc.constant("A plain paragraph.")), { maxLength: 8 }).map((lines) => lines.join("\n\n")), weight: 6 },
  { arbitrary: deepBody, weight: 1 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 300 }), weight: 1 },
);

const source: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.tuple(frontmatter, body, fc.constantFrom("\n", "\r\n")).map(([yaml, text, newline]) => `---\n${yaml}\n---\n\n${text}\n`.replace(/\n/g, newline)), weight: 8 },
  { arbitrary: fc.tuple(fc.constantFrom("\ufeff", "", " ", "---", "---\n---\n"), body).map(([start, text]) => `${start}${text}`), weight: 1 },
  { arbitrary: hostileString, weight: 1 },
);

describe("checkArticle on hostile articles", () => {
  // Both found by the property below: an alias bomb threw out of the YAML parser, and 20,000
  // nested quotes overflowed the stack of the MDX walk; each now fails the build with a message.
  it("names the line of an alias bomb in the frontmatter and of nesting too deep to walk", () => {
    const bomb = checkArticle(FILE, `---\n${YAML_TRICKS[7]}\n---\n\nText\n`, COLLECTIONS);
    expect(bomb.problems).toEqual([{ file: FILE, line: 2, message: expect.stringContaining("invalid YAML") }]);
    const deep = checkArticle(FILE, `---\ntitle: a\ndescription: d\n---\n\n${"> ".repeat(20_000)}text\n`, COLLECTIONS);
    expect(deep.problems).toEqual([{ file: FILE, line: 6, message: expect.stringContaining("nest more than") }]);
  });

  it("never throws, answers within a second and places every problem on a line of the file", () => {
    let accepted = 0;
    fc.assert(
      fc.property(source, (text) => {
        const started = performance.now();
        const { article, problems } = checkArticle(FILE, text, COLLECTIONS);
        expect(performance.now() - started).toBeLessThan(1000);
        const lines = text.split("\n").length;
        for (const problem of problems) {
          expect(problem.file).toBe(FILE);
          expect(problem.message).toMatch(/\S/);
          if (problem.line !== undefined) expect(problem.line >= 1 && problem.line <= lines, `line ${problem.line} of ${lines}: ${problem.message}`).toBe(true);
        }
        expect(article === undefined).toBe(problems.length > 0);
        if (article) accepted++;
      }),
      { numRuns: RUNS },
    );
    expect(accepted).toBeGreaterThan(0);
  }, fuzzTimeout(RUNS, 100));
});
