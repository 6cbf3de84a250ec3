// Writes the help center's JSON data files once the pages are built: /hc/data/manifest.json,
// terms.json and bodies/N.json, which the Worker reads for the articles API and the messenger's
// article JSON. Plain files from the loader's export, about one per 50 articles.
import type { AstroIntegration } from "astro";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readHelpExport } from "./dataExport.ts";
import { helpDataOf } from "./entries.ts";
import { bodyChunks, manifestOf, termsOf } from "./publicData.ts";

function writeJson(root: string, path: string, value: unknown): void {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(value));
}

export function helpDataFiles(): AstroIntegration {
  let cacheDir: URL | undefined;
  return {
    name: "parley-help-data",
    hooks: {
      "astro:config:done": ({ config }) => {
        cacheDir = config.cacheDir;
      },
      "astro:build:done": ({ dir, logger }) => {
        if (!cacheDir) throw new Error("parley-help-data: Astro's cache directory is unknown");
        const exported = readHelpExport(cacheDir);
        const data = helpDataOf(exported.collections, exported.articles);
        const root = fileURLToPath(dir);
        writeJson(root, "hc/data/manifest.json", manifestOf(data));
        writeJson(root, "hc/data/terms.json", termsOf(data));
        bodyChunks(data).forEach((bodies, n) => writeJson(root, `hc/data/bodies/${n}.json`, bodies));
        logger.info(`wrote /hc/ data for ${data.articles.length} articles`);
      },
    },
  };
}
