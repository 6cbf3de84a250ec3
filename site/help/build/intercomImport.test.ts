import { readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { aContentDir, FIXTURE_SITE } from "./contentFixture.ts";
import { intercomExportSchema } from "./intercomExport.ts";
import { planImport, shortDescription } from "./intercomImport.ts";
import { loadContent } from "./loadContent.ts";
import { formatProblem } from "./problems.ts";
import { readCollections } from "./readContent.ts";
import { htmlToText } from "./render.ts";
import { readSiteConfig } from "./siteConfig.ts";

const RICH_BODY = [
  "<h2>Set up routing</h2>",
  '<p>Open <b>Settings</b>, then <a href="https://example.com/docs">the docs</a>. Use {braces} and a&lt;b safely.</p>',
  "<ul><li>First step</li><li>Second step</li></ul>",
  "<pre><code>import x from \"y\";\nconst a = {b: 1};</code></pre>",
  "<table><tr><th>Plan</th><th>Price</th></tr><tr><td>Pro</td><td>$10 | month</td></tr></table>",
  '<div class="intercom-interblocks-callout"><p>Billing questions go to Sales.</p></div>',
  "<p>export your contacts as CSV.</p>",
].join("");

const anExport = () => ({
  collections: { type: "list", data: [{ id: 10, name: "Getting Started", description: "First steps.", order: 1 }, { id: 11, name: "Routing", parent_id: 10 }] },
  articles: [
    { type: "article", id: "1", title: "Route your inbox", description: "How routing works.", body: RICH_BODY, state: "published", parent_id: 11, parent_type: "section" },
    { type: "article", id: "2", title: "Secret roadmap", description: "x".repeat(200), body: "<p>Coming soon.</p>", state: "draft", parent_id: 10 },
    { type: "article", id: "3", title: "Loose article", description: "", body: "<p>Stands alone. More text.</p>", state: "published", parent_id: null },
  ],
});

let root = "";
afterEach(() => rmSync(root, { recursive: true, force: true }));

function importInto(dir: string, json: unknown) {
  const parsed = intercomExportSchema.parse(json);
  const plan = planImport(parsed, { collections: readCollections(dir).collections, files: new Set(), locales: readSiteConfig(dir).config?.locales ?? ["en"] });
  const yaml = readFileSync(join(dir, "content/collections.yaml"), "utf8");
  writeFileSync(join(dir, "content/collections.yaml"), `${yaml}\n${plan.collections.map((c) => `- { id: ${c.id}, name: "${c.name}", description: "${c.description}", order: ${c.order} }`).join("\n")}\n`);
  for (const { path, text } of plan.files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return plan;
}

describe("planImport", () => {
  it("round-trips an Intercom export: every article passes the content checks and keeps its text", () => {
    root = aContentDir({});
    importInto(root, anExport());
    const content = loadContent({ root, drafts: true, base: "/" });
    expect(content.problems.map(formatProblem)).toEqual([]);
    const routed = content.articles.find((a) => a.id === "getting-started/route-your-inbox");
    const normalise = (text: string) => text.replace(/\s+/g, " ").trim();
    expect(normalise(routed?.text ?? "")).toBe(normalise(htmlToText(RICH_BODY.replace("<div class=\"intercom-interblocks-callout\">", '<div><p>Note</p>'))));
    expect(routed?.html).toContain("<table>");
  });

  it("drops script links, data: images and scripts, noting each, so the result passes the checks", () => {
    root = aContentDir({});
    const body = '<p>Read <a href="javascript:alert(document.cookie)" onclick="x()">this</a> and <a href=" JAVA\tSCRIPT:x()">that</a>.</p><p><img src="data:image/svg+xml,<svg onload=x()>"></p><script>alert(1)</script><p>End.</p>';
    const plan = importInto(root, { collections: { type: "list", data: [] }, articles: [{ type: "article", id: "9", title: "Hostile", description: "Hostile markup.", body, state: "published", parent_id: null }] });
    const text = plan.files[0]?.text ?? "";
    expect(text).not.toMatch(/javascript|data:|onclick|alert/i);
    expect(text).toContain("Read this and that.");
    expect(plan.notes.filter((n) => n.includes("dropped"))).toHaveLength(3);
    expect(loadContent({ root, drafts: true, base: "/" }).problems.map(formatProblem)).toEqual([]);
  });

  it("keeps drafts as drafts and files sections under their collection", () => {
    root = aContentDir({});
    const plan = importInto(root, anExport());
    expect(plan.files.map((f) => f.path)).toEqual([
      "content/articles/getting-started/route-your-inbox.mdx",
      "content/articles/getting-started/secret-roadmap.mdx",
      "content/articles/imported/loose-article.mdx",
    ]);
    expect(loadContent({ root, drafts: false, base: "/" }).articles.map((a) => a.id)).not.toContain("getting-started/secret-roadmap");
  });

  it("reports every description it had to shorten or invent, and keeps the original", () => {
    root = aContentDir({});
    const plan = importInto(root, anExport());
    expect(plan.notes).toEqual([
      expect.stringContaining("secret-roadmap.mdx: description shortened from 200 to 140"),
      expect.stringContaining("loose-article.mdx: Intercom gave no description"),
    ]);
    expect(plan.files[1]?.text).toContain(`# ${"x".repeat(200)}`);
  });

  it("keeps existing files unless forced", () => {
    const parsed = intercomExportSchema.parse(anExport());
    const files = new Set(["content/articles/getting-started/route-your-inbox.mdx"]);
    expect(planImport(parsed, { collections: [], files }).files).toHaveLength(2);
    expect(planImport(parsed, { collections: [], files, force: true }).files).toHaveLength(3);
  });
});

describe("planImport with translated_content", () => {
  const translated = {
    articles: [
      {
        id: "1",
        title: "Route your inbox",
        description: "How routing works.",
        body: "<p>Routing.</p>",
        default_locale: "en",
        translated_content: {
          type: "article_translated_content",
          en: { type: "article_content", title: "Route your inbox", description: "How routing works.", body: "<p>Routing.</p>", state: "published" },
          fr: { type: "article_content", title: "Router votre boîte", description: "Le routage.", body: "<p>Routage.</p>", state: "draft" },
          de: { type: "article_content", title: "Posteingang", description: "Routing.", body: "<p>Routing.</p>", state: "published" },
          es: null,
        },
      },
    ],
  };

  it("writes each translation in the site's languages beside the original, with its own state, and names the others", () => {
    const plan = planImport(intercomExportSchema.parse(translated), { collections: [], files: new Set(), locales: ["en", "fr"] });
    expect(plan.files.map((f) => f.path)).toEqual(["content/articles/imported/route-your-inbox.mdx", "content/articles/imported/route-your-inbox.fr.mdx"]);
    expect(plan.files[1]?.text).toMatch(/^---\ntitle: Router votre boîte\ndescription: Le routage.\ndraft: true\n---\n\nRoutage.\n/);
    expect(plan.notes).toContainEqual(expect.stringContaining("route-your-inbox.de.mdx: not written; add de to locales in content/site.yaml"));
  });

  it("passes the content checks once written", () => {
    root = aContentDir({ "content/site.yaml": `${FIXTURE_SITE}locales: [en, fr]\n` }, []);
    importInto(root, translated);
    const loaded = loadContent({ root, drafts: true, base: "/" });
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    expect(loaded.articles.map((a) => `${a.locale}:${a.id}`).sort()).toEqual(["en:imported/route-your-inbox", "fr:imported/route-your-inbox"]);
  });
});

describe("shortDescription", () => {
  it("cuts at a word boundary and marks the cut", () => {
    const text = "word ".repeat(40).trim();
    const short = shortDescription(text);
    expect(short.length).toBeLessThanOrEqual(140);
    expect(short.endsWith("word…")).toBe(true);
  });
});

describe("intercomExportSchema", () => {
  it("accepts a bare list page of articles", () => {
    const parsed = intercomExportSchema.parse({ type: "list", data: [{ id: 1, title: "A", body: "<p>x</p>" }] });
    expect(parsed.articles.map((a) => a.id)).toEqual(["1"]);
  });
});
