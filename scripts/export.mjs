// `npm run export -- FILE [--token T] [--url U]`: the local workspace as NDJSON (GET /api/export),
// written to FILE through a temporary file, so an interrupted export never leaves a partial FILE.
import { createWriteStream, renameSync, rmSync } from "node:fs";
import { parseArgs } from "node:util";
import { connectionHint, explain, progress, serverOf } from "./portability/localServer.mjs";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { token: { type: "string" }, url: { type: "string" } } });
const [file] = positionals;
if (!file) {
  console.error("usage: npm run export -- FILE [--token T] [--url http://127.0.0.1:8787]");
  process.exit(2);
}
const { url, token } = serverOf(values);
if (!token) {
  console.error("export: no API token: pass --token or set PARLEY_API_TOKEN (the owner's token).");
  process.exit(2);
}

let response;
try {
  response = await fetch(`${url}/api/export`, { headers: { authorization: `Bearer ${token}` } });
} catch (error) {
  console.error(`export: ${connectionHint(url, error)}`);
  process.exit(1);
}
if (!response.ok || !response.body) {
  console.error(`export: the server refused: ${await explain(response)}`);
  process.exit(1);
}

const partial = `${file}.partial`;
const out = createWriteStream(partial);
const bar = progress();
const counts = {};
let bytes = 0;
let tail = "";
let failed = null;
const decoder = new TextDecoder();
try {
  for await (const chunk of response.body) {
    bytes += chunk.length;
    if (!out.write(chunk)) await new Promise((resolve) => out.once("drain", resolve));
    const lines = (tail + decoder.decode(chunk, { stream: true })).split("\n");
    tail = lines.pop() ?? "";
    for (const line of lines) {
      const type = JSON.parse(line).type;
      if (type === "error") failed = JSON.parse(line).message;
      counts[type] = (counts[type] ?? 0) + 1;
    }
    bar.update(`export: ${(bytes / 1024).toFixed(0)} KB, ${Object.values(counts).reduce((a, b) => a + b, 0)} objects`);
  }
} catch (error) {
  failed = error instanceof Error ? error.message : String(error);
}
await new Promise((resolve) => out.end(resolve));
if (failed) {
  rmSync(partial, { force: true });
  bar.done(`export: failed: ${failed}`);
  process.exit(1);
}
renameSync(partial, file);
delete counts.parley_export;
const summary = Object.entries(counts).map(([type, n]) => `${n} ${type}`).join(", ") || "an empty workspace";
bar.done(`export: wrote ${file} (${(bytes / 1024).toFixed(1)} KB): ${summary}`);
