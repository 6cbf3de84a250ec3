import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openBodies, writeBodies } from "./bodyStore.ts";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "parley-bodies-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("openBodies", () => {
  it("reads back each article's HTML and terms, whatever their characters", () => {
    const dir = tempDir();
    writeBodies(
      dir,
      new Map([
        ["content/articles/a/one.mdx", { html: "<p>Héllo — “one”</p>", terms: "héllo one" }],
        ["content/articles/a/one.fr.mdx", { html: "<p>Bonjour 👋</p>", terms: "bonjour" }],
        ["content/articles/a/empty.mdx", { html: "", terms: "" }],
      ]),
    );
    const bodies = openBodies(dir);
    expect(bodies.read("content/articles/a/one.fr.mdx")).toEqual({ html: "<p>Bonjour 👋</p>", terms: "bonjour" });
    expect(bodies.read("content/articles/a/one.mdx")).toEqual({ html: "<p>Héllo — “one”</p>", terms: "héllo one" });
    expect(bodies.read("content/articles/a/empty.mdx")).toEqual({ html: "", terms: "" });
  });

  it("gives an empty body for an article the loader did not render", () => {
    const dir = tempDir();
    writeBodies(dir, new Map([["content/articles/a/one.mdx", { html: "<p>1</p>", terms: "1" }]]));
    expect(openBodies(dir).read("content/articles/a/draft.mdx")).toEqual({ html: "", terms: "" });
  });

  it("keeps reading the version it opened when a reload writes a new one", () => {
    const dir = tempDir();
    writeBodies(dir, new Map([["a.mdx", { html: "<p>old</p>", terms: "old" }]]));
    const before = openBodies(dir);
    writeBodies(dir, new Map([["a.mdx", { html: "<p>newer and longer</p>", terms: "newer longer" }]]));
    expect(before.read("a.mdx").html).toBe("<p>old</p>");
    expect(openBodies(dir).read("a.mdx").html).toBe("<p>newer and longer</p>");
  });

  it("refuses a file that is not what the loader writes", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "parley-help-bodies.txt"), "<p>no index</p>");
    expect(() => openBodies(dir)).toThrow(/no index/);
  });
});
