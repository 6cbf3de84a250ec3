// What a host page pays for Parley: the loader before any interaction, the messenger after.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

export const BUDGETS = { loader: 6 * 1024, messenger: 35 * 1024 };
const FILES = { loader: "dist/public/messenger-assets/loader.js", messenger: "dist/public/messenger-assets/messenger.js" };

/** Gzipped bytes of each bundle as built (the messenger's styles are inside its bundle). */
export function measureWidget() {
  const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
  return { loader: gz(FILES.loader), messenger: gz(FILES.messenger) };
}
