// What the soak samples beside RSS, to tell a leak in the Worker's JavaScript from native memory
// that follows the data (SQLite page caches of the Durable Objects and D1): the isolate's heap in
// use, its live size after a forced full GC once a minute (a GC every 10 s would shift p99), and the
// bytes of local storage on disk.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { heapInspector } from "../bench/cpuProfile.mjs";

function bytesUnder(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? bytesUnder(path) : statSync(path).size;
  }
  return total;
}

const MB = 1048576;

/** Probes for startSampler; `close()` ends the inspector session. */
export async function memoryProbes({ inspectorPort, persistTo }) {
  const heap = await heapInspector(inspectorPort).catch(() => null);
  const probes = {
    storeMb: async () => bytesUnder(persistTo) / MB,
  };
  if (heap) {
    probes.heapMb = async () => (await heap.usage()).used / MB;
    probes.liveHeapMb = async (k) => (k % 6 === 5 ? (await heap.usage({ collect: true })).used / MB : undefined);
  }
  return { probes, close: () => heap?.close() };
}
