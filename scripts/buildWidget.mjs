// The messenger: a small loader (the script behind /widget/{app_id}) and the full messenger it
// imports on first use, versioned by content hash so a new build reaches every site at once.
import { createHash } from "node:crypto";
import { appendFileSync, mkdirSync, readFileSync } from "node:fs";
import { build } from "esbuild";
import { loaderTexts } from "../shared/i18n/loaderText.ts";

const common = { bundle: true, minify: true, target: "es2020", logLevel: "warning", legalComments: "none" };

/** `publicDir`: the Worker's static assets (the benchmark builds into a directory of its own). */
export async function buildWidget(publicDir = "dist/public") {
  const OUT = `${publicDir}/messenger-assets`;
  mkdirSync(OUT, { recursive: true });
  await build({
    ...common,
    entryPoints: ["site/widget/messenger/index.tsx"],
    format: "esm",
    jsx: "automatic",
    jsxImportSource: "preact",
    outfile: `${OUT}/messenger.js`,
  });
  const version = createHash("sha256").update(readFileSync(`${OUT}/messenger.js`)).digest("hex").slice(0, 12);
  await build({
    ...common,
    entryPoints: ["site/widget/loader/main.ts"],
    format: "iife",
    define: { MESSENGER_VERSION: JSON.stringify(version), LOADER_TEXT: JSON.stringify(loaderTexts()) },
    outfile: `${OUT}/loader.js`,
  });
  // Sites on other origins import the messenger as a module, which needs CORS.
  appendFileSync(`${publicDir}/_headers`, "/messenger-assets/*\n  Access-Control-Allow-Origin: *\n  Cache-Control: public, max-age=31536000, immutable\n");
}
