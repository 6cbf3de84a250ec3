import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readCatalogue, writeCatalogue, type CatalogueEntry } from "./catalogue.ts";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const entry: CatalogueEntry = {
  id: "start/a",
  locale: "en",
  collection: "start",
  slug: "a",
  file: "content/articles/start/a.mdx",
  frontmatter: { title: "A", description: "About a.", draft: true, tags: ["x"] },
  createdAt: 1_700_000_000,
  updatedAt: 1_700_000_100,
};

describe("writeCatalogue and readCatalogue", () => {
  it("hand every entry back as written", () => {
    dir = mkdtempSync(join(tmpdir(), "parley-catalogue-"));
    const path = join(dir, "cache", "catalogue.json");
    writeCatalogue(path, [entry]);
    expect(readCatalogue(path)).toEqual([entry]);
  });

  it("give null for a missing file or one this code did not write", () => {
    dir = mkdtempSync(join(tmpdir(), "parley-catalogue-"));
    const path = join(dir, "catalogue.json");
    expect(readCatalogue(path)).toBeNull();
    writeFileSync(path, "{not json");
    expect(readCatalogue(path)).toBeNull();
    writeFileSync(path, JSON.stringify({ version: 1, articles: [{ ...entry, createdAt: "yesterday" }] }));
    expect(readCatalogue(path)).toBeNull();
  });
});
