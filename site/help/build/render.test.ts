import { describe, expect, it } from "vitest";
import { htmlToText, renderArticle, slugify } from "./render.ts";

const known = { collections: new Set(["teams"]), articles: new Set(["teams/routing", "teams/inbox"]) };
const render = (body: string, base = "/") => renderArticle(body, { id: "teams/inbox", known, base });

describe("renderArticle", () => {
  it("renders Markdown, GFM tables and allowed components to HTML", () => {
    const { html } = render('# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<Callout type="warning">Careful</Callout>\n');
    expect(html).toContain("<table>");
    expect(html).toContain('<aside class="callout callout-warning" aria-label="Warning">');
    expect(html).toContain("Careful");
  });

  it("gives second- and third-level headings unique ids", () => {
    const { html } = render("## Set up\n\n### Set up\n\n## Étape 2\n");
    expect(html).toContain('<h2 id="set-up">');
    expect(html).toContain('<h3 id="set-up-2">');
    expect(html).toContain('<h2 id="etape-2">');
  });

  it("rewrites internal links for the base path and marks external ones", () => {
    const { html } = render("[a](/teams/routing) [b](./routing.mdx#x) [c](https://example.com)", "/admin/help/");
    expect(html).toContain('href="/admin/help/teams/routing/"');
    expect(html).toContain('href="/admin/help/teams/routing/#x"');
    expect(html).toContain('href="https://example.com" rel="noopener"');
  });

  it("escapes text so that no markup can be injected", () => {
    expect(render("Use `<script>` tags & \\<b>\n").html).not.toContain("<script>");
  });

  it("returns the plain text of the body", () => {
    expect(render("## Hello\n\nWorld *wide*.\n").text).toBe("Hello World wide.");
  });
});

describe("slugify", () => {
  it("lowercases, strips accents and joins words with hyphens", () => {
    expect(slugify("  Café & Crème!  ")).toBe("cafe-creme");
    expect(slugify("???")).toBe("section");
  });
});

describe("htmlToText", () => {
  it("drops tags and decodes entities", () => {
    expect(htmlToText("<p>a &amp; b&#39;s</p><p>c</p>")).toBe("a & b's c");
  });
});
