import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { aContentDir, anArticle, FIXTURE_SITE } from "./contentFixture.ts";
import { loadContent } from "./loadContent.ts";

let root = "";
afterEach(() => rmSync(root, { recursive: true, force: true }));

const previewOf = (dir: string) => loadContent({ root: dir, drafts: true, base: "/admin/help/", render: "drafts" });

describe("loadContent with render: \"drafts\" (the preview)", () => {
  it("compiles only drafts' bodies and keeps every article's frontmatter for the lists", () => {
    root = aContentDir({
      "content/articles/start/a.mdx": anArticle({ title: "Published" }, "Public words.\n"),
      "content/articles/start/b.mdx": anArticle({ title: "Secret plan", draft: true }, "Secret words.\n"),
    });
    const { articles, problems } = previewOf(root);
    expect(problems).toEqual([]);
    expect(articles.map((a) => [a.id, a.frontmatter.title, a.html, a.text])).toEqual([
      ["start/a", "Published", "", ""],
      ["start/b", "Secret plan", "<p>Secret words.</p>", "Secret words."],
    ]);
  });
});

describe("loadContent with the public build's catalogue", () => {
  it("loads the same preview as reading every file, drafts' translations included", () => {
    root = aContentDir({
      "content/site.yaml": `${FIXTURE_SITE}locales: [en, fr]\n`,
      "content/articles/start/a.mdx": anArticle({ title: "Published" }, "Public words.\n"),
      "content/articles/start/b.mdx": anArticle({ title: "Secret plan", draft: true }, "Back to [a](/start/a).\n"),
      "content/articles/start/b.fr.mdx": anArticle({ title: "Plan secret" }, "Retour à [a](/start/a).\n"),
    });
    const publicLoad = loadContent({ root, drafts: false, base: "/", withCatalogue: true });
    expect(publicLoad.catalogue?.map((entry) => [entry.id, entry.locale, entry.frontmatter.draft])).toEqual([
      ["start/a", "en", false],
      ["start/b", "fr", true],
      ["start/b", "en", true],
    ]);
    const fromCatalogue = loadContent({ root, drafts: true, base: "/admin/help/", render: "drafts", mdxChecked: true, fromCatalogue: publicLoad.catalogue });
    const strip = ({ articles }: ReturnType<typeof loadContent>) => articles.map(({ body: _body, links: _links, ...article }) => article);
    expect(fromCatalogue.problems).toEqual([]);
    expect(strip(fromCatalogue)).toEqual(strip(previewOf(root)));
  });
});
