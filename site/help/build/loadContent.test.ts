import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { aContentDir, anArticle } from "./contentFixture.ts";
import { loadContent } from "./loadContent.ts";
import { formatProblem } from "./problems.ts";

let root = "";
afterEach(() => rmSync(root, { recursive: true, force: true }));

const load = (drafts: boolean) => loadContent({ root, drafts, base: "/" });

describe("loadContent", () => {
  it("leaves drafts out of the public content and keeps them for the preview", () => {
    root = aContentDir({
      "content/articles/start/a.mdx": anArticle({ title: "Published" }),
      "content/articles/start/b.mdx": anArticle({ title: "Secret plan", draft: true }),
    });
    expect(load(false).articles.map((a) => a.id)).toEqual(["start/a"]);
    expect(load(true).articles.map((a) => a.id)).toEqual(["start/a", "start/b"]);
  });

  it("renders HTML, plain text and dates for each article", () => {
    root = aContentDir({ "content/articles/start/a.mdx": anArticle({}, "## Hello\n\nWorld.\n") });
    const [article] = load(false).articles;
    expect(article).toMatchObject({ html: '<h2 id="hello">Hello</h2>\n<p>World.</p>', text: "Hello World." });
    expect(article?.updatedAt).toBeGreaterThan(1_600_000_000);
  });

  it("reports script links, inline event handlers and a scripted logo as file:line problems", () => {
    root = aContentDir({
      "content/articles/start/a.mdx": anArticle({}, "Hello.\n\n[Click](javascript:alert(document.cookie))\n\n[Data][d]\n\n[d]: data:text/html,hi\n"),
      "content/articles/start/b.mdx": anArticle({}, 'Text.\n\n<img src="/a.png" alt="" onError="alert(1)" />\n'),
      "content/logo.svg": '<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(1)</script>\n</svg>',
    });
    const problems = load(false).problems.map(formatProblem);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/articles\/start\/a\.mdx:8: broken link javascript:alert\(document\.cookie\): javascript: links run script/),
        expect.stringMatching(/^content\/articles\/start\/a\.mdx:1[02]: broken link data:text\/html,hi: data: links run script/),
        expect.stringMatching(/^content\/articles\/start\/b\.mdx:8: <img> does not take onError/),
        expect.stringMatching(/^content\/logo\.svg:2: the SVG contains a <script>/),
      ]),
    );
  });

  it("reports every broken file in one pass, each naming its file", () => {
    root = aContentDir({
      "content/articles/start/a.mdx": anArticle({ description: "x".repeat(150) }),
      "content/articles/start/b.mdx": "no frontmatter",
      "content/articles/gone/c.mdx": anArticle(),
    });
    expect(load(false).problems.map(formatProblem)).toEqual([
      'content/articles/gone/c.mdx: collection "gone" is not in content/collections.yaml',
      "content/articles/start/a.mdx:3: description is 150 characters; at most 140 are allowed",
      "content/articles/start/b.mdx:1: the file must start with frontmatter between --- lines (title and description)",
    ]);
  });

  it("reports a published article that links to a draft or to nothing", () => {
    root = aContentDir({
      "content/articles/start/a.mdx": anArticle({}, "See [b](/start/b) and [c](../more/c.mdx).\n"),
      "content/articles/start/b.mdx": anArticle({ draft: true }, "Back to [a](/start/a).\n"),
    });
    expect(load(true).problems.map(formatProblem)).toEqual([
      "content/articles/start/a.mdx:6: broken link /start/b: is a draft, so the published article cannot link to it",
      "content/articles/start/a.mdx:6: broken link ../more/c.mdx: there is no article more/c",
    ]);
  });

  it("reports a broken collections file and site config", () => {
    root = aContentDir({ "content/collections.yaml": "- id: Bad Id\n", "content/site.yaml": "name: x\n" });
    const lines = load(false).problems.map(formatProblem);
    expect(lines[0]).toMatch(/^content\/collections\.yaml: /);
    expect(lines[1]).toMatch(/^content\/site\.yaml: /);
  });

  it("refuses a collection id that Parley's own paths already use", () => {
    root = aContentDir({}, ["messenger"]);
    expect(load(false).problems.map(formatProblem)).toEqual([
      'content/collections.yaml: collection id "messenger" is taken by Parley\'s own paths (/messenger/); choose another',
    ]);
  });
});
