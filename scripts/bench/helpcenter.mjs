// `npm run bench:helpcenter [-- --articles 10000] [--no-starlight] [--starlight-sidebar links|full]
// [--keep]`: generates N synthetic articles, builds the public help center + its search index,
// then the same content with Astro Starlight, in one run; prints wall time, peak memory (whole
// process tree) and their ratio, and the bytes a browser downloads for the first search query.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { generate } from "./helpcenterContent.mjs";
import { measure } from "./helpcenterMeasure.mjs";
import { firstQueryBytes } from "./helpcenterSearchBytes.mjs";

const { values } = parseArgs({
  options: { articles: { type: "string", default: "10000" }, "no-starlight": { type: "boolean" }, "starlight-sidebar": { type: "string", default: "links" }, keep: { type: "boolean" } },
});
const total = Number(values.articles);
const withStarlight = !values["no-starlight"];
const repo = resolve(".");
// Inside the repository (dist/ is ignored by git) so that both builds resolve the same node_modules.
mkdirSync(join(repo, "dist"), { recursive: true });
const work = mkdtempSync(join(repo, "dist", "bench-helpcenter-"));
const parleyRoot = join(work, "parley");
const parleyOut = join(work, "parley-dist");
const starlightRoot = join(work, "starlight");
const tty = process.stderr.isTTY;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;

function bar(label, done, all) {
  const width = 30;
  const filled = Math.round((done / all) * width);
  const line = `${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${all}`;
  if (tty) process.stderr.write(`\r${line}`);
  else if (done === all || done % 2500 === 1) console.error(line);
}

function ticker(label) {
  let last = 0;
  return (elapsed, rss) => {
    if (tty) process.stderr.write(`\r${label}: ${secs(elapsed)}, ${mb(rss)} now   `);
    else if (elapsed - last > 15_000) console.error(`${label}: ${secs((last = elapsed))}, ${mb(rss)} now`);
  };
}

console.log(`bench:helpcenter: ${total} articles, in ${work}`);
generate({ parleyRoot, starlightRoot: withStarlight ? starlightRoot : null, total, starlightSidebar: values["starlight-sidebar"], progress: (done) => bar("generating articles", done, total) });
if (tty) process.stderr.write("\n");

// Both builds get the same generous heap, so that neither fails for Node's default limit.
const env = { ...process.env, NODE_OPTIONS: "--max-old-space-size=16384", ASTRO_TELEMETRY_DISABLED: "1" };
const results = [];

const parley = await measure(process.execPath, ["scripts/bench/helpcenterBuild.mjs"], {
  cwd: repo,
  env: { ...env, PARLEY_HELP_ROOT: parleyRoot, PARLEY_HELP_OUT: parleyOut },
  onTick: ticker("Parley: astro + pagefind"),
});
if (tty) process.stderr.write("\n");
if (!parley.ok) throw new Error(`the Parley build failed:\n${parley.output.slice(-3000)}`);
console.log(parley.output.trim().split("\n").map((line) => `  ${line}`).join("\n"));
results.push({ name: "Parley (Astro + MDX at load time + Pagefind)", ...parley, dir: join(parleyOut, "public") });

if (withStarlight) {
  const starlight = await measure("npx", ["astro", "build", "--silent"], { cwd: starlightRoot, env, onTick: ticker("Starlight: astro build") });
  if (tty) process.stderr.write("\n");
  if (!starlight.ok) console.log(`Starlight build failed (${starlight.signal ?? starlight.code}):\n${starlight.output.slice(-2000)}`);
  results.push({ name: "Astro Starlight (baseline)", ...starlight, dir: join(starlightRoot, "dist") });
}

const query = "routing";
const [ours, theirs] = results;
ours.search = await firstQueryBytes({ dir: ours.dir, pagePath: "/", query, open: async (page) => page.locator("#search-hero-input").focus(), input: "#search-hero-input", results: "[role=option]" });
if (theirs?.ok) {
  theirs.search = await firstQueryBytes({
    dir: theirs.dir,
    pagePath: "/getting-started/article-0/",
    query,
    open: async (page) => page.locator("button[data-open-modal]").first().click(),
    input: "#starlight__search input",
    results: ".pagefind-ui__result",
  });
}

console.log(`\nbench:helpcenter — ${total} articles, build + search index (public site)\n`);
console.log("| Build | Wall time | Peak memory | First search query |\n|---|---|---|---|");
for (const r of results) {
  const search = r.search ? `${(r.search.bytes / 1024).toFixed(0)} KB in ${r.search.requests} requests` : "n/a";
  console.log(`| ${r.name} | ${r.ok ? secs(r.wallMs) : "failed"} | ${mb(r.peakBytes)} | ${search} |`);
}
if (theirs?.ok) {
  console.log(`\nStarlight / Parley: ${(theirs.wallMs / ours.wallMs).toFixed(1)}× the wall time, ${(theirs.peakBytes / ours.peakBytes).toFixed(1)}× the peak memory`);
}
const targets = [
  [`under 60 s`, ours.wallMs < 60_000],
  [`under 2 GB peak`, ours.peakBytes < 2 * 1024 ** 3],
  ...(theirs?.ok ? [[`at least 2× faster than Starlight`, theirs.wallMs >= 2 * ours.wallMs]] : []),
];
console.log(`Targets: ${targets.map(([name, ok]) => `${name} ${ok ? "✓" : "✗"}`).join(", ")}`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
