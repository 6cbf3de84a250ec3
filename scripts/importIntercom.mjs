// `npm run import:intercom -- export.json [--force] [--root <dir>]`: Intercom articles (REST API
// JSON) into content/articles/*.mdx and content/collections.yaml. Existing files are kept unless
// --force; every change made on the way (shortened or missing descriptions) is listed.
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { stringify } from "yaml";
import { intercomExportSchema } from "../site/help/build/intercomExport.ts";
import { planImport } from "../site/help/build/intercomImport.ts";
import { ARTICLES_DIR } from "../site/help/build/checkArticle.ts";
import { COLLECTIONS_FILE, listFiles, readCollections } from "../site/help/build/readContent.ts";
import { describeIssue } from "../site/help/build/schema.ts";
import { readSiteConfig } from "../site/help/build/siteConfig.ts";

// `--from URL --token T`: a whole account through its REST API instead (scripts/intercomApi/main.ts).
if (process.argv.slice(2).some((a) => a === "--from" || a.startsWith("--from="))) {
  const { main } = await import("./intercomApi/main.ts");
  process.exit(await main(process.argv.slice(2)));
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: "boolean" }, root: { type: "string" } } });
const [file] = positionals;
if (!file) {
  console.error("usage: npm run import:intercom -- export.json [--force] [--root <dir>]");
  process.exit(2);
}
const root = resolve(values.root ?? ".");

let json;
try {
  json = JSON.parse(readFileSync(file, "utf8"));
} catch (error) {
  console.error(`import:intercom: cannot read ${file}: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
const parsed = intercomExportSchema.safeParse(json);
if (!parsed.success) {
  console.error(`import:intercom: ${file} is not an Intercom articles export: ${describeIssue(parsed.error).message}`);
  process.exit(1);
}

const { collections, problems } = readCollections(root);
if (problems.length > 0 && existsSync(join(root, COLLECTIONS_FILE))) {
  console.error(`import:intercom: fix ${COLLECTIONS_FILE} first: ${problems[0]?.message}`);
  process.exit(1);
}
const plan = planImport(parsed.data, { collections, files: new Set(listFiles(root, ARTICLES_DIR)), force: values.force ?? false });

if (plan.collections.length > 0) {
  mkdirSync(join(root, "content"), { recursive: true });
  appendFileSync(join(root, COLLECTIONS_FILE), `\n# Imported from Intercom\n${stringify(plan.collections)}`);
}
for (const { path, text } of plan.files) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
const drafts = parsed.data.articles.filter((a) => a.state === "draft").length;
console.log(`import:intercom: ${plan.files.length} of ${parsed.data.articles.length} articles written (the export has ${drafts} drafts), ${plan.collections.length} collections added`);
for (const note of plan.notes) console.log(`  note: ${note}`);
console.log("Next: npm run lint:content, then review the files and open a pull request.");
