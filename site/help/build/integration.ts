// The help center's own build steps inside `astro build`:
// - pages go to the Pagefind index as Astro renders them (pagefindIndex.ts), so indexing runs
//   beside rendering instead of after it; the index is written when the last page is;
// - once the pages are built, /hc/data/manifest.json, terms.json and bodies/N.json, which the
//   Worker reads for the articles API and the messenger, from the loader's export.
// Astro runs with --silent under `npm run build`, so progress is printed here, every 2,000 pages.
import type { AstroIntegration, AstroPrerenderer } from "astro";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readHelpExport } from "./dataExport.ts";
import { helpDataOf } from "./entries.ts";
import { helpBuild, type HelpBuild } from "./mode.ts";
import { openPageIndex, type PageIndex } from "./pagefindIndex.ts";
import { bodyChunks, manifestOf, termsOf } from "./publicData.ts";

const PROGRESS_EVERY = 2000;

function writeJson(root: string, path: string, value: unknown): void {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(value));
}

/** The page's URL relative to the base, as the search index names it ("/inbox/routing/"). */
function indexUrl(build: HelpBuild, request: Request): string {
  const path = new URL(request.url).pathname;
  const relative = path.startsWith(build.base) ? path.slice(build.base.length) : path.replace(/^\//, "");
  return `/${relative}${relative === "" || relative.endsWith("/") ? "" : "/"}`;
}

function helpPrerenderer(defaults: AstroPrerenderer, build: HelpBuild, index: PageIndex): AstroPrerenderer {
  let total = 0;
  let done = 0;
  return {
    ...defaults,
    name: "parley-help",
    async getStaticPaths() {
      const paths = await defaults.getStaticPaths();
      total = paths.length;
      // The preview's pages are what drafts add (mode.ts buildsArticlePage): say so, it surprises.
      if (build.mode === "preview") console.log(`[build] help center: the preview renders ${total} pages; published articles are shown from the public site`);
      return paths;
    },
    async render(request, options) {
      const result = await defaults.render(request, options);
      const response = result instanceof Response ? result : result.response;
      if ((response.headers.get("content-type") ?? "").startsWith("text/html")) await index.add(indexUrl(build, request), await response.clone().text());
      done += 1;
      if (done % PROGRESS_EVERY === 0) console.log(`[build] help center: ${done}/${total} pages (${build.mode})`);
      return result;
    },
  };
}

export function helpBuildSteps(): AstroIntegration {
  const build = helpBuild();
  let cacheDir: URL | undefined;
  let index: PageIndex | undefined;
  return {
    name: "parley-help-build",
    hooks: {
      "astro:config:done": ({ config }) => {
        cacheDir = config.cacheDir;
      },
      "astro:build:start": async ({ setPrerenderer }) => {
        const opened = await openPageIndex();
        index = opened;
        setPrerenderer((defaults) => helpPrerenderer(defaults, build, opened));
      },
      "astro:build:done": async ({ dir, logger }) => {
        if (!cacheDir || !index) throw new Error("parley-help-build: the build did not start");
        const root = fileURLToPath(dir);
        const exported = readHelpExport(cacheDir);
        const data = helpDataOf(exported.collections, exported.articles);
        writeJson(root, "hc/data/manifest.json", manifestOf(data));
        writeJson(root, "hc/data/terms.json", termsOf(data));
        bodyChunks(data).forEach((bodies, n) => writeJson(root, `hc/data/bodies/${n}.json`, bodies));
        logger.info(`wrote /hc/ data for ${data.articles.length} articles`);
        const started = performance.now();
        const { pages } = await index.write(join(root, "pagefind"));
        console.log(`[build] help center: ${pages} pages in the search index (${build.mode}), written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
