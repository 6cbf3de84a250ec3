// `npm run build`: the help center (Astro) into dist/public (its draft preview into dist/preview),
// then the admin app bundle beside it.
import { copyFileSync, mkdirSync } from "node:fs";
import { build } from "esbuild";
import { buildWidget } from "./buildWidget.mjs";
import { buildHelpCenter, HelpBuildError } from "../site/help/build/buildSite.ts";

const started = Date.now();
const step = (text) => console.log(`[build] ${text} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

// Content check, public site + Pagefind index, then the admin preview (drafts) into dist/preview.
try {
  await buildHelpCenter(step);
} catch (error) {
  if (!(error instanceof HelpBuildError)) throw error;
  console.error(`[build] ${error.message}`);
  process.exit(1);
}

step("admin app: esbuild");
mkdirSync("dist/public/admin", { recursive: true });
await build({
  entryPoints: ["site/admin/main.tsx"],
  bundle: true,
  format: "esm",
  minify: true,
  sourcemap: true,
  target: "es2022",
  jsx: "automatic",
  jsxImportSource: "preact",
  outfile: "dist/public/admin/app.js",
  logLevel: "warning",
});
copyFileSync("site/admin/index.html", "dist/public/admin/index.html");
copyFileSync("site/admin/admin.css", "dist/public/admin/admin.css");
step("messenger: loader and widget bundles");
await buildWidget();
step("done: dist/public");
