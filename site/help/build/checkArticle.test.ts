import { describe, expect, it } from "vitest";
import { checkArticle } from "./checkArticle.ts";
import { formatProblem } from "./problems.ts";

const collections = new Set(["start"]);
const file = "content/articles/start/install.mdx";
const article = (frontmatter: string, body = "Hello.\n") => `---\n${frontmatter}\n---\n\n${body}`;
const oneLine = (path: string, source: string) => checkArticle(path, source, collections).problems.map(formatProblem);

describe("checkArticle", () => {
  it("accepts a valid article and applies the defaults", () => {
    const { article: found, problems } = checkArticle(file, article("title: Install\ndescription: How to install."), collections);
    expect(problems).toEqual([]);
    expect(found).toMatchObject({ id: "start/install", collection: "start", slug: "install", frontmatter: { title: "Install", draft: false } });
  });

  it("names the file and the line of a description that is too long", () => {
    const long = "x".repeat(141);
    expect(oneLine(file, article(`title: Install\ndescription: ${long}`))).toEqual([
      `${file}:3: description is 141 characters; at most 140 are allowed`,
    ]);
  });

  it("names a missing title", () => {
    expect(oneLine(file, article("description: d"))).toEqual([`${file}:1: title is required`]);
  });

  it("names an unknown field, a wrong type and a missing collection", () => {
    expect(oneLine(file, article("title: a\ndescription: d\ndescripton: typo"))[0]).toContain("unknown field descripton");
    expect(oneLine(file, article("title: a\ndescription: d\ndraft: maybe"))).toEqual([`${file}:4: draft must be true or false`]);
    expect(oneLine("content/articles/nowhere/a.mdx", article("title: a\ndescription: d"))).toEqual([
      'content/articles/nowhere/a.mdx: collection "nowhere" is not in content/collections.yaml',
    ]);
  });

  it("rejects files in the wrong place or with the wrong name", () => {
    expect(oneLine("content/articles/start/deep/a.mdx", "")[0]).toContain("one folder deep");
    expect(oneLine("content/articles/start/Read Me.mdx", "")[0]).toContain("lowercase words");
    expect(oneLine("content/articles/start/a.md", "")[0]).toContain("only .mdx");
  });

  it("reports MDX traps with their line in the file", () => {
    expect(oneLine(file, article("title: a\ndescription: d", "Intro\n\nexport your data.\n"))).toEqual([
      `${file}:8: a paragraph starting with "export" is read by MDX as JavaScript; reword it or write &#101;xport`,
    ]);
  });
});
