// `npm run bench:helpcenter [-- --articles 10000] [--translated 2000] [--no-starlight]
// [--starlight-sidebar links|full] [--keep]`: generates N synthetic articles (one in 20 a draft,
// `translated` of them also in French), then times the command a writer runs, the whole
// `npm run build` (help center public + preview, search indexes, admin app, messenger) as a
// child process, and the same content built with Astro Starlight, in one run. Prints wall time,
// peak memory (summed over each process tree), their ratios, and the bytes a browser downloads
// for the first search query. Parley's build is written under the system's temp directory.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { generate } from "./helpcenterContent.mjs";
import { measure } from "./helpcenterMeasure.mjs";
import { firstQueryBytes } from "./helpcenterSearchBytes.mjs";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    translated: { type: "string", default: "2000" },
    "no-starlight": { type: "boolean" },
    "starlight-sidebar": { type: "string", default: "links" },
    keep: { type: "boolean" },
  },
});
const total = Number(values.articles);
const translated = Number(values.translated);
const withStarlight = !values["no-starlight"];
const repo = resolve(".");
const work = mkdtempSync(join(tmpdir(), "parley-bench-helpcenter-"));
const parleyRoot = join(work, "parley");
const parleyOut = join(work, "parley-dist");
// Starlight's project must sit inside the repository to resolve astro and Starlight (through a
// symlinked node_modules its styles fail to compile); dist/ is ignored by git, and nothing else
// there is touched.
mkdirSync(join(repo, "dist"), { recursive: true });
const starlightWork = mkdtempSync(join(repo, "dist", "bench-starlight-"));
const starlightRoot = join(starlightWork, "starlight");
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

// Other people's work on the same machine slows both builds; the load average says how much.
const loadAverage = () => ` (load average ${loadavg()[0].toFixed(1)})`;
// The 1-minute load average sampled through a build: its range goes in the table.
function loadRange(result) {
  const values = result.loads.length > 0 ? result.loads : [loadavg()[0]];
  return `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;
}
function sampleLoad(onTick) {
  const loads = [];
  let last = 0;
  return {
    loads,
    onTick: (elapsed, rss) => {
      if (elapsed - last >= 5000) loads.push(loadavg()[0]), (last = elapsed);
      onTick(elapsed, rss);
    },
  };
}

console.log(`bench:helpcenter: ${total} articles (${total / 20} drafts, ${translated} translated to French), in ${work}`);
generate({ parleyRoot, starlightRoot: withStarlight ? starlightRoot : null, total, translated, starlightSidebar: values["starlight-sidebar"], progress: (done) => bar("generating articles", done, total) });
if (tty) process.stderr.write("\n");

// Both builds get the same generous heap, so that neither fails for Node's default limit.
const env = { ...process.env, NODE_OPTIONS: "--max-old-space-size=16384", ASTRO_TELEMETRY_DISABLED: "1" };
const results = [];

console.log(`Parley: npm run build${loadAverage()}`);
const parleyLoad = sampleLoad(ticker("Parley: npm run build"));
const parley = await measure("npm", ["run", "build"], {
  cwd: repo,
  env: { ...env, PARLEY_HELP_ROOT: parleyRoot, PARLEY_HELP_OUT: parleyOut },
  onTick: parleyLoad.onTick,
});
parley.loads = parleyLoad.loads;
if (tty) process.stderr.write("\n");
if (!parley.ok) throw new Error(`the Parley build failed:\n${parley.output.slice(-3000)}`);
console.log(parley.output.trim().split("\n").filter((line) => line.startsWith("[build]")).map((line) => `  ${line}`).join("\n"));
results.push({ name: "Parley: `npm run build` (help center + preview + indexes + admin + messenger)", ...parley, dir: join(parleyOut, "public") });

if (withStarlight) {
  console.log(`Starlight: astro build${loadAverage()}`);
  const starlightLoad = sampleLoad(ticker("Starlight: astro build"));
  const starlight = await measure(process.execPath, [join(repo, "node_modules/astro/bin/astro.mjs"), "build", "--silent"], { cwd: starlightRoot, env, onTick: starlightLoad.onTick });
  starlight.loads = starlightLoad.loads;
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

console.log(`\nbench:helpcenter — ${total} articles, ${total / 20} drafts, ${translated} French translations\n`);
console.log("| Build | Wall time | Peak memory (process tree) | First search query | Load average during it |\n|---|---|---|---|---|");
for (const r of results) {
  const search = r.search ? `${(r.search.bytes / 1024).toFixed(0)} KB in ${r.search.requests} requests` : "n/a";
  console.log(`| ${r.name} | ${r.ok ? secs(r.wallMs) : "failed"} | ${mb(r.peakBytes)} | ${search} | ${loadRange(r)} |`);
}
const speed = theirs?.ok ? theirs.wallMs / ours.wallMs : null;
const memory = theirs?.ok ? theirs.peakBytes / ours.peakBytes : null;
if (speed !== null && memory !== null) console.log(`\nStarlight / Parley: ${speed.toFixed(1)}× the wall time, ${memory.toFixed(1)}× the peak memory`);
const targets = [
  ...(speed !== null && memory !== null ? [[`≥ 4× Starlight's speed`, speed >= 4], [`≤ ¼ of its memory`, memory >= 4]] : []),
  [`under 60 s`, ours.wallMs < 60_000],
  [`under 2 GB peak`, ours.peakBytes < 2 * 1024 ** 3],
];
console.log(`Targets: ${targets.map(([name, ok]) => `${name} ${ok ? "✓" : "✗"}`).join(", ")}`);
if (!values.keep) for (const dir of [work, starlightWork]) rmSync(dir, { recursive: true, force: true });
else console.log(`kept ${work} and ${starlightWork}`);
