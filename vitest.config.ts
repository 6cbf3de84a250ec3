import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { mkdirSync } from "node:fs";
import { defineConfig } from "vitest/config";

// The preview Worker is assets-only; Miniflare wants a script, which never runs for a built file.
const PREVIEW_DIR = "./dist/preview";
const PREVIEW_SCRIPT = "export default { fetch: () => new Response('Not Found', { status: 404 }) };";
mkdirSync(PREVIEW_DIR, { recursive: true });

// Three kinds of tests: pure functions in Node, the Worker in real workerd with real D1, and the
// running app (wrangler dev) driven by Chromium and by Intercom's own SDK.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          environment: "node",
          // Property tests do bounded work that takes seconds on a busy 2-core CI machine.
          testTimeout: 30_000,
          include: ["shared/**/*.test.ts", "worker/**/*.test.ts", "site/**/*.test.ts", "scripts/**/*.test.ts", "tests/fuzz/**/*.test.ts"],
        },
      },
      {
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: { TEST_MIGRATIONS: await readD1Migrations("./worker/db/migrations"), FUZZ_RUNS: process.env.FUZZ_RUNS ?? "" },
              // wrangler.preview.toml's Worker: the help center's draft preview, static files only.
              workers: [{ name: "parley-help-preview", compatibilityDate: "2026-11-01", modules: true, script: PREVIEW_SCRIPT, assets: { directory: PREVIEW_DIR } }],
            },
          })),
        ],
        test: {
          name: "worker",
          testTimeout: 20_000,
          include: ["tests/worker/**/*.test.ts"],
          setupFiles: ["./tests/worker/setup.ts"],
        },
      },
      {
        test: {
          name: "e2e",
          environment: "node",
          include: ["tests/browser/**/*.test.ts", "tests/integration/**/*.test.ts", "tests/deploy/**/*.test.ts"],
          globalSetup: ["./tests/e2e/server.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
