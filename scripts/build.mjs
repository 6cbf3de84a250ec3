// `npm run build`: the help center (Astro) into dist/public (its draft preview into dist/preview),
// the admin app and the messenger beside it. PARLEY_HELP_OUT moves all of it (the benchmark builds
// into a directory of its own); PARLEY_HELP_ROOT reads another content/.
import { copyFileSync, mkdirSync } from "node:fs";
import { build, stop } from "esbuild";
import { buildWidget } from "./buildWidget.mjs";
import { buildHelpCenter, HelpBuildError } from "../site/help/build/buildSite.ts";

const started = Date.now();
const step = (text) => console.log(`[build] ${text} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
const publicDir = `${process.env.PARLEY_HELP_OUT ?? "dist"}/public`;

async function buildAdminApp() {
  step("admin app: esbuild");
  mkdirSync(`${publicDir}/admin`, { recursive: true });
  await build({
    entryPoints: ["site/admin/main.tsx"],
    bundle: true,
    format: "esm",
    minify: true,
    sourcemap: true,
    target: "es2022",
    jsx: "automatic",
    jsxImportSource: "preact",
    outfile: `${publicDir}/admin/app.js`,
    logLevel: "warning",
  });
  copyFileSync("site/admin/index.html", `${publicDir}/admin/index.html`);
  copyFileSync("site/admin/admin.css", `${publicDir}/admin/admin.css`);
  step("messenger: loader and widget bundles");
  await buildWidget(publicDir);
  // esbuild's service would otherwise stay resident beside the preview build.
  await stop();
  step("admin app and messenger built");
}

// The public site's Astro build (content check included; its search index fills as pages render),
// then its index's writing, the preview (what drafts add) and the admin app and messenger bundles
// side by side: the bundles go into dist/public, which Astro's public build would otherwise wipe.
try {
  await buildHelpCenter(step, { afterPublic: buildAdminApp });
} catch (error) {
  if (!(error instanceof HelpBuildError)) throw error;
  console.error(`[build] ${error.message}`);
  process.exit(1);
}
step(`done: ${publicDir}`);
