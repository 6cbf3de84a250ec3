import { appendFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { stringify } from "yaml";
import { ARTICLES_DIR } from "../../site/help/build/checkArticle.ts";
import type { IntercomExport } from "../../site/help/build/intercomExport.ts";
import { planImport } from "../../site/help/build/intercomImport.ts";
import { COLLECTIONS_FILE, listFiles, readCollections } from "../../site/help/build/readContent.ts";
import { readSiteConfig } from "../../site/help/build/siteConfig.ts";

// Intercom articles into content/: the help center's own planner decides the files, this writes
// them, for `npm run import:intercom -- --from` (the file mode, scripts/importIntercom.mjs, does the same).

export type WriteResult = { error: string } | { written: number; collections: number; notes: string[] };

export function writeArticles(root: string, exported: IntercomExport, force: boolean): WriteResult {
  const { collections, problems } = readCollections(root);
  if (problems.length > 0 && existsSync(join(root, COLLECTIONS_FILE))) return { error: `fix ${COLLECTIONS_FILE} first: ${problems[0]?.message}` };
  // Translations (Intercom's translated_content) are kept in the languages content/site.yaml lists.
  const locales = readSiteConfig(root).config?.locales;
  const plan = planImport(exported, { collections, files: new Set(listFiles(root, ARTICLES_DIR)), force, ...(locales ? { locales } : {}) });
  if (plan.collections.length > 0) {
    mkdirSync(join(root, "content"), { recursive: true });
    appendFileSync(join(root, COLLECTIONS_FILE), `\n# Imported from Intercom\n${stringify(plan.collections)}`);
  }
  for (const { path, text } of plan.files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { written: plan.files.length, collections: plan.collections.length, notes: plan.notes };
}
