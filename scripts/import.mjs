// `npm run import -- FILE [--token T] [--url U]`: an export's NDJSON into the local workspace
// (POST /api/import), streamed, with the ids it carries; importing it twice changes nothing.
import { createReadStream, statSync } from "node:fs";
import { Readable } from "node:stream";
import { parseArgs } from "node:util";
import { connectionHint, explain, progress, serverOf } from "./portability/localServer.mjs";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { token: { type: "string" }, url: { type: "string" } } });
const [file] = positionals;
if (!file) {
  console.error("usage: npm run import -- FILE [--token T] [--url http://127.0.0.1:8787]");
  process.exit(2);
}
let size;
try {
  size = statSync(file).size;
} catch (error) {
  console.error(`import: cannot read ${file}: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
const { url, token } = serverOf(values);
if (!token) {
  console.error("import: no API token: pass --token or set PARLEY_API_TOKEN (the owner's token).");
  process.exit(2);
}

const bar = progress();
let sent = 0;
const source = createReadStream(file);
source.on("data", (chunk) => {
  sent += chunk.length;
  bar.update(`import: sent ${(sent / 1024).toFixed(0)} of ${(size / 1024).toFixed(0)} KB (${size ? Math.floor((sent / size) * 100) : 100}%)`);
});
let response;
try {
  response = await fetch(`${url}/api/import`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/x-ndjson" },
    body: Readable.toWeb(source),
    duplex: "half",
  });
} catch (error) {
  bar.done(`import: ${connectionHint(url, error)}`);
  process.exit(1);
}
if (!response.ok) {
  bar.done(`import: the server refused: ${await explain(response)}`);
  process.exit(1);
}
const result = await response.json();
const summary = Object.entries(result.imported).map(([type, n]) => `${n} ${type}`).join(", ") || "nothing";
bar.done(`import: ${file}: restored ${summary}`);
for (const e of result.errors) console.error(`  line ${e.line}${e.type ? ` (${e.type})` : ""}: ${e.message}`);
if (result.error_count > result.errors.length) console.error(`  … and ${result.error_count - result.errors.length} more`);
process.exit(result.error_count > 0 ? 1 : 0);
