// "Bytes for the first search query": a built site served as Cloudflare would (gzip for text),
// one page opened in Chromium, then everything the browser downloads from the moment the search
// is opened until the first results are on screen, counted as transferred bytes.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { createGzip } from "node:zlib";
import { launchChromium } from "../../tests/e2e/browser.ts";

const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".svg"]);

function serve(dir) {
  return new Promise((resolve) => {
    const server = createServer((req, res) => {
      let path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
      let file = join(dir, path);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
      if (!existsSync(file)) return void res.writeHead(404).end("not found");
      const ext = extname(file);
      const gzip = COMPRESSIBLE.has(ext) && /gzip/.test(String(req.headers["accept-encoding"] ?? ""));
      res.writeHead(200, { "content-type": TYPES[ext] ?? "application/octet-stream", ...(gzip ? { "content-encoding": "gzip" } : {}) });
      const stream = createReadStream(file);
      (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
    });
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

/**
 * @param {{ dir: string, pagePath: string, query: string, open: (page: import("playwright-core").Page) => Promise<void>,
 *   input: string, results: string }} site
 */
export async function firstQueryBytes(site) {
  const server = await serve(site.dir);
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${base}${site.pagePath}`, { waitUntil: "networkidle" });
    const requests = [];
    page.on("requestfinished", (request) => requests.push(request));
    await site.open(page);
    await page.locator(site.input).first().fill(site.query);
    await page.locator(site.results).first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState("networkidle");
    const sizes = await Promise.all(requests.map(async (r) => ((await r.sizes()).responseBodySize ?? 0) + ((await r.sizes()).responseHeadersSize ?? 0)));
    return { bytes: sizes.reduce((a, b) => a + b, 0), requests: requests.length };
  } finally {
    await browser.close();
    server.close();
  }
}
