import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { draftMarks } from "./helpBuiltContent.ts";

/** Every file under dir as text; Pagefind's compressed index and fragments are unzipped first. */
function filesOf(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const bytes = readFileSync(path);
      const plain = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
      // Whitespace is normalised: an HTML paragraph keeps the line breaks of its MDX source.
      return { path, text: plain.toString("utf8").replace(/\s+/g, " ") };
    });
}

const variants = (text: string) => [text, text.replace(/'/g, "&#39;").replace(/"/g, "&#34;"), text.replace(/'/g, "&#x27;").replace(/"/g, "&quot;")];

describe("the public build (dist/public)", () => {
  const drafts = draftMarks();

  it("has at least two drafts to look for, each with a title, a sentence and a word of its own", () => {
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    for (const draft of drafts) expect([draft.title, draft.sentence, draft.word].every((s) => s.length > 0), draft.id).toBe(true);
  });

  it("looks for draft translations of published articles and published translations of drafts too", () => {
    const translations = drafts.filter((d) => d.locale !== "en");
    expect(translations.some((d) => d.reason === "own"), "a draft translation of a published article").toBe(true);
    expect(translations.some((d) => d.reason === "original"), "a translation marked published whose original is a draft").toBe(true);
  });

  it("holds no byte of any draft: not its title, a sentence of its body, its word or its path", () => {
    const files = filesOf("dist/public");
    expect(files.length).toBeGreaterThan(50);
    for (const draft of drafts) {
      const needles = [...variants(draft.title), ...variants(draft.sentence), draft.id];
      for (const { path, text } of files) {
        for (const needle of needles) expect(text.includes(needle), `${path} contains "${needle}"`).toBe(false);
      }
    }
  });

  it("would have caught a leak: the preview build holds each draft's title and sentence", () => {
    const preview = filesOf("dist/preview").map((f) => f.text).join("\n");
    for (const draft of drafts) {
      expect(preview).toContain(draft.title);
      expect(variants(draft.sentence).some((s) => preview.includes(s)), draft.sentence).toBe(true);
    }
  });
});

describe("the public articles API's data (dist/public/hc/data/manifest.json)", () => {
  it("lists no draft, and no draft version among an article's translations", () => {
    const manifest = readFileSync("dist/public/hc/data/manifest.json", "utf8");
    for (const draft of draftMarks()) {
      // A translation's key is its page path: /fr/inbox/api-tokens/ in a translation's url.
      const needle = draft.locale === "en" ? `"id":"${draft.id}"` : `/${draft.id}/`;
      expect(manifest.includes(needle), `${draft.id} is in the manifest`).toBe(false);
    }
  });
});
