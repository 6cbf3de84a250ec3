// The help center's own build steps inside `astro build`:
// - pages go to the Pagefind index as Astro renders them, so indexing runs beside rendering
//   instead of after it. Under `npm run build` the index lives in the build's process
//   (PARLEY_HELP_INDEX_SOCKET, pageIndexSocket.ts), which writes it once Astro has exited; run on
//   its own, Astro holds the index itself (pagefindIndex.ts) and writes it at the end;
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
import { connectPageIndex, type PageSink } from "./pageIndexSocket.ts";
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

function helpPrerenderer(defaults: AstroPrerenderer, build: HelpBuild, index: Pick<PageSink, "add">): AstroPrerenderer {
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
      done += 1;
      if (done % PROGRESS_EVERY === 0) console.log(`[build] help center: ${done}/${total} pages (${build.mode}, ${process.uptime().toFixed(1)} s into its astro build)`);
      const response = result instanceof Response ? result : result.response;
      if (!(response.headers.get("content-type") ?? "").startsWith("text/html")) return result;
      // Read once and handed back as a string: teeing the body stream (Response.clone) cost more than rendering some pages.
      const html = await response.text();
      await index.add(indexUrl(build, request), html);
      const again = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
      return result instanceof Response ? again : { ...result, response: again };
    },
  };
}

export function helpBuildSteps(): AstroIntegration {
  const build = helpBuild();
  let index: { local: PageIndex } | { remote: PageSink } | undefined;
  return {
    name: "parley-help-build",
    hooks: {
      "astro:build:start": async ({ setPrerenderer }) => {
        const socket = process.env.PARLEY_HELP_INDEX_SOCKET;
        const pages = socket ? await connectPageIndex(socket) : await openPageIndex();
        index = "end" in pages ? { remote: pages } : { local: pages };
        setPrerenderer((defaults) => helpPrerenderer(defaults, build, pages));
      },
      "astro:build:done": async ({ dir, logger }) => {
        if (!index) throw new Error("parley-help-build: the build did not start");
        const root = fileURLToPath(dir);
        const exported = readHelpExport(build.cacheDir);
        const data = helpDataOf(exported.collections, exported.articles);
        writeJson(root, "hc/data/manifest.json", manifestOf(data));
        writeJson(root, "hc/data/terms.json", termsOf(data));
        bodyChunks(data).forEach((bodies, n) => writeJson(root, `hc/data/bodies/${n}.json`, bodies));
        logger.info(`wrote /hc/ data for ${data.articles.length} articles`);
        if ("remote" in index) return index.remote.end();
        const started = performance.now();
        const { pages } = await index.local.write(join(root, "pagefind"));
        console.log(`[build] help center: ${pages} pages in the search index (${build.mode}), written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
