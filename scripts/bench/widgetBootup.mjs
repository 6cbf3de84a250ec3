// What the loader costs a host page's main thread: Lighthouse (mobile preset, simulated 4× CPU
// slowdown) on a blank page and on the same page with the snippet, served side by side from
// loopback; the widget's scripts' bootup time comes from each report's `bootup-time` audit.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { startDevServer } from "../devServer.mjs";

const OUT = "dist/lighthouse/widget";
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const flags = "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run";
// Lighthouse hides scripts under 50 ms from bootup-time by default: the goal is below that.
const CONFIG = { extends: "lighthouse:default", settings: { onlyAudits: ["bootup-time", "mainthread-work-breakdown", "total-blocking-time"] }, audits: [{ path: "bootup-time", options: { thresholdInMs: 0 } }] };

function hostPage(appOrigin, withSnippet) {
  const text = "<p>" + "A host page with some text on it. ".repeat(40) + "</p>";
  const snippet = `<script>window.intercomSettings={app_id:"demo"};(function(){var w=window;var ic=w.Intercom;if(typeof ic==="function"){ic('reattach_activator');ic('update',w.intercomSettings);}else{var d=document;var i=function(){i.c(arguments);};i.q=[];i.c=function(args){i.q.push(args);};w.Intercom=i;var l=function(){var s=d.createElement('script');s.type='text/javascript';s.async=true;s.src='${appOrigin}/widget/demo';var x=d.getElementsByTagName('script')[0];x.parentNode.insertBefore(s,x);};if(document.readyState==='complete'){l();}else{w.addEventListener('load',l,false);}}})();</script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Host page</title>${withSnippet ? snippet : ""}</head><body><main><h1>Host page</h1>${text}</main></body></html>`;
}

// Asynchronous: the host page is served from this process, which must keep answering meanwhile.
async function audit(url, name) {
  const out = `${OUT}-${name}`;
  const run = spawn("npx", ["lighthouse", url, "--quiet", `--config-path=${OUT}-config.json`, "--output=json", `--output-path=${out}.json`, `--chrome-flags=${flags}`], { stdio: "inherit", env: { ...process.env, CHROME_PATH: chromium } });
  const status = await new Promise((resolve) => run.on("close", resolve));
  if (status !== 0) throw new Error(`lighthouse exited with ${status}`);
  const report = JSON.parse(readFileSync(`${out}.json`, "utf8"));
  const items = report.audits["bootup-time"]?.details?.items ?? [];
  return { items, mainThread: report.audits["mainthread-work-breakdown"]?.numericValue ?? NaN };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs `rounds` interleaved pairs of audits; returns medians in milliseconds. */
export async function measureBootup({ rounds = 3, log = console.log } = {}) {
  mkdirSync("dist/lighthouse", { recursive: true });
  writeFileSync(`${OUT}-config.json`, JSON.stringify(CONFIG));
  const app = await startDevServer();
  const host = createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(hostPage(app.url, req.url === "/snippet"));
  });
  await new Promise((resolve) => host.listen(0, "127.0.0.1", resolve));
  const hostUrl = `http://127.0.0.1:${host.address().port}`;
  const widget = { total: [], scripting: [], parse: [] };
  const mainThread = { blank: [], snippet: [] };
  try {
    for (let r = 1; r <= rounds; r++) {
      const blank = await audit(`${hostUrl}/blank`, "blank");
      const withSnippet = await audit(`${hostUrl}/snippet`, "snippet");
      const ours = withSnippet.items.filter((item) => typeof item.url === "string" && item.url.startsWith(app.url));
      const sum = (key) => ours.reduce((s, item) => s + (item[key] ?? 0), 0);
      widget.total.push(sum("total"));
      widget.scripting.push(sum("scripting"));
      widget.parse.push(sum("scriptParseCompile"));
      mainThread.blank.push(blank.mainThread);
      mainThread.snippet.push(withSnippet.mainThread);
      log(`round ${r}: widget scripts ${sum("total").toFixed(0)} ms (${ours.map((i) => new URL(i.url).pathname).join(", ") || "none"}); main thread ${blank.mainThread.toFixed(0)} ms blank, ${withSnippet.mainThread.toFixed(0)} ms with the snippet`);
    }
  } finally {
    host.close();
    await app.stop();
  }
  return {
    total: median(widget.total),
    scripting: median(widget.scripting),
    parse: median(widget.parse),
    blank: median(mainThread.blank),
    snippet: median(mainThread.snippet),
  };
}
