import { describe, expect, it } from "vitest";
import { splitFrontmatter } from "./frontmatter.ts";

describe("splitFrontmatter", () => {
  it("returns the data and a body that keeps its line numbers", () => {
    const result = splitFrontmatter("---\ntitle: Hello\ndescription: World\n---\n\nFirst line\n");
    expect(result).toMatchObject({ ok: true, data: { title: "Hello", description: "World" }, firstLine: 2 });
    if (!result.ok) return;
    expect(result.body.split("\n")[5]).toBe("First line");
  });

  it("reports a file without frontmatter on line 1", () => {
    expect(splitFrontmatter("# Just a heading\n")).toMatchObject({ ok: false, line: 1 });
  });

  it("reports frontmatter that is never closed", () => {
    expect(splitFrontmatter("---\ntitle: x\n\nBody")).toMatchObject({ ok: false, message: expect.stringContaining("not closed") });
  });

  it("reports broken YAML with the line in the file", () => {
    const result = splitFrontmatter("---\ntitle: Hello\ndescription: [unclosed\n---\n");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.line).toBeGreaterThanOrEqual(3);
    expect(result.message).toMatch(/^invalid YAML/);
  });

  it("rejects the same key twice", () => {
    expect(splitFrontmatter("---\ntitle: a\ntitle: b\n---\n")).toMatchObject({ ok: false });
  });
});
