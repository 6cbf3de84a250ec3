import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { aContentDir, anArticle } from "./contentFixture.ts";
import { loadContent } from "./loadContent.ts";

let root = "";
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("loadContent with render: \"drafts\" (the preview)", () => {
  it("compiles only drafts' bodies and keeps every article's frontmatter for the lists", () => {
    root = aContentDir({
      "content/articles/start/a.mdx": anArticle({ title: "Published" }, "Public words.\n"),
      "content/articles/start/b.mdx": anArticle({ title: "Secret plan", draft: true }, "Secret words.\n"),
    });
    const { articles, problems } = loadContent({ root, drafts: true, base: "/admin/help/", render: "drafts" });
    expect(problems).toEqual([]);
    expect(articles.map((a) => [a.id, a.frontmatter.title, a.html, a.text])).toEqual([
      ["start/a", "Published", "", ""],
      ["start/b", "Secret plan", "<p>Secret words.</p>", "Secret words."],
    ]);
  });
});
