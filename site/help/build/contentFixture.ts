// Test builder: a throwaway content/ tree with a valid site.yaml and collections.yaml, plus the
// articles a test names. Used by the unit tests and the benchmark's smoke run.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const FIXTURE_SITE = `name: Test Help
brand: Test
tagline: Tests.
url: https://help.example.com
appId: demo
repository: https://github.com/example/help
logo: content/logo.svg
colors: { accent: "#4338ca", accentDark: "#a5b4fc" }
contact: mailto:help@example.com
`;

export function anArticle(fields: { title?: string; description?: string; draft?: boolean; order?: number } = {}, body = "Some text.\n"): string {
  const lines = [`title: ${fields.title ?? "A title"}`, `description: ${fields.description ?? "A description."}`];
  if (fields.draft !== undefined) lines.push(`draft: ${fields.draft}`);
  if (fields.order !== undefined) lines.push(`order: ${fields.order}`);
  return `---\n${lines.join("\n")}\n---\n\n${body}`;
}

/** Creates the tree and returns its root; `files` maps repository paths to contents. */
export function aContentDir(files: Record<string, string>, collections = ["start", "more"]): string {
  const root = mkdtempSync(join(tmpdir(), "parley-content-"));
  const all: Record<string, string> = {
    "content/site.yaml": FIXTURE_SITE,
    "content/logo.svg": '<svg xmlns="http://www.w3.org/2000/svg"/>',
    "content/collections.yaml": collections.map((id, i) => `- { id: ${id}, name: ${id}, description: About ${id}., order: ${i + 1} }`).join("\n"),
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
