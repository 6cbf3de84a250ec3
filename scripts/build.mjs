// `npm run build`: the help center (Astro) into dist/public, then the admin app bundle beside it.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync } from "node:fs";
import { build } from "esbuild";
import { buildWidget } from "./buildWidget.mjs";

const started = Date.now();
const step = (text) => console.log(`[build] ${text} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

step("help center: astro build");
const astro = spawnSync("npx", ["astro", "build", "--silent"], { stdio: "inherit" });
if (astro.status !== 0) {
  console.error("[build] the help center build failed; the message above names the file and the problem.");
  process.exit(astro.status ?? 1);
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
