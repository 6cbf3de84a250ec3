// What the soak samples beside RSS, to tell a leak in the Worker's JavaScript from native memory
// that follows the data (SQLite page caches of the Durable Objects and D1): the isolate's heap in
// use, its live size after a forced full GC once a minute (a GC every 10 s would shift p99), the
// bytes of local storage on disk, and of the databases alone (without write-ahead logs): what
// SQLite's page caches (up to 2 MB per open database, not settable in workerd) can hold.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { heapInspector } from "../bench/cpuProfile.mjs";

/** Bytes of the files under `dir` whose names pass `keep`. */
function bytesUnder(dir, keep = () => true) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // SQLite deletes -wal and -shm files as it goes: a file gone since the listing counts 0.
    if (entry.isDirectory()) total += bytesUnder(path, keep);
    else if (keep(entry.name)) total += statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  }
  return total;
}

const MB = 1048576;

/** Probes for startSampler (the heap's only with an `inspectorPort`); `close()` ends the inspector session. */
export async function memoryProbes({ inspectorPort, persistTo }) {
  const heap = inspectorPort ? await heapInspector(inspectorPort).catch(() => null) : null;
  const probes = {
    storeMb: async () => bytesUnder(persistTo) / MB,
    dbMb: async () => bytesUnder(persistTo, (name) => name.endsWith(".sqlite")) / MB,
  };
  if (heap) {
    probes.heapMb = async () => (await heap.usage()).used / MB;
    // What V8 keeps committed for the heap: it may hold freed pages under steady load.
    probes.heapTotalMb = async () => (await heap.usage()).total / MB;
    probes.liveHeapMb = async (k) => (k % 6 === 5 ? (await heap.usage({ collect: true })).used / MB : undefined);
  }
  return { probes, close: () => heap?.close() };
}
