// `npm run lighthouse`: Lighthouse (Debian's Chromium) on a help-center article served by the real
// app, against the targets: performance, accessibility, best practices and SEO each >= 95.
// Not part of `npm test` (about 30 s); the scores go in docs/helpCenter.md.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { startDevServer } from "./devServer.mjs";

const TARGET = 0.95;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const path = process.argv[2] ?? "/inbox/teams-and-routing/";
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const flags = "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run";

// dist/ is ignored by git and is not the public assets directory.
const OUT = "dist/lighthouse/article";
mkdirSync("dist/lighthouse", { recursive: true });
console.log("[lighthouse] starting the app (wrangler dev)");
const server = await startDevServer();
let failed = false;
try {
  const url = `${server.url}${path}`;
  console.log(`[lighthouse] auditing ${url}`);
  const run = spawnSync(
    "npx",
    ["lighthouse", url, "--quiet", `--only-categories=${CATEGORIES.join(",")}`, "--output=json", "--output=html", `--output-path=${OUT}`, `--chrome-flags=${flags}`],
    { stdio: "inherit", env: { ...process.env, CHROME_PATH: chromium } },
  );
  if (run.status !== 0) throw new Error(`lighthouse exited with ${run.status}`);
  const report = JSON.parse(readFileSync(`${OUT}.report.json`, "utf8"));
  for (const id of CATEGORIES) {
    const score = report.categories[id]?.score ?? 0;
    failed ||= score < TARGET;
    console.log(`[lighthouse] ${id.padEnd(15)} ${Math.round(score * 100)}${score < TARGET ? "  (below 95)" : ""}`);
  }
  console.log(`[lighthouse] full report: ${OUT}.report.html`);
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);
