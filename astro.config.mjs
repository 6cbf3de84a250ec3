// The help center: a static Astro site built into the Worker's assets directory.
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";

export default defineConfig({
  srcDir: "./site/help",
  publicDir: "./site/help/public",
  outDir: "./dist/public",
  trailingSlash: "ignore",
  build: { format: "directory" },
  integrations: [mdx()],
  telemetry: false,
});
