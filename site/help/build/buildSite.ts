// The help-center part of `npm run build`: the public site, then the admin preview. The public
// build's loader runs the full content check (every file, drafts included; one line per problem,
// exit 1) as it loads, so that content/ is read and parsed once; the preview's loader then skips
// it (PARLEY_HELP_CHECKED). Each Astro build sends its pages, as it renders them, to a Pagefind
// index held here (pageIndexSocket.ts), written once Astro has exited so that the two never hold
// their peaks at once. Drafts are never loaded into the public build at all; the preview holds
// only what drafts add, outside dist/public.
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { helpBuild, type HelpMode } from "./mode.ts";
import { servePageIndex } from "./pageIndexSocket.ts";
import { closeIndexer, openPageIndex } from "./pagefindIndex.ts";

type Step = (text: string) => void;

// Astro's CLI run by this Node directly: no npx in between, and a kill reaches Astro itself.
const ASTRO = fileURLToPath(new URL("../../../node_modules/astro/bin/astro.mjs", import.meta.url));

export interface HelpBuildOptions {
  /** Build the admin preview too (default). */
  preview?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Work for once dist/public is written (the admin app, the messenger), run beside the public index's writing. */
  afterPublic?: () => Promise<void>;
}

export async function buildHelpCenter(step: Step, { preview = true, env = process.env, afterPublic }: HelpBuildOptions = {}): Promise<void> {
  try {
    const publicBuild = await startAstro("public", step, { ...env, PARLEY_HELP_CHECKED: "0" });
    await publicBuild.astroExited.catch(() => publicBuild.done);
    // Once the public Astro has exited, its index is written beside the admin app and messenger
    // bundles; both run to their end, so that a failure in one never leaves the other running
    // unwatched. The preview waits: beside Pagefind's writing (0.9 GB) it raised the peak by 0.2 GB
    // for 3.7 s of 43 (both use both cores).
    const results = await Promise.allSettled([publicBuild.done, afterPublic?.()]);
    for (const result of results) if (result.status === "rejected") throw result.reason;
    // The public build checked every file, drafts included.
    if (preview) await (await startAstro("preview", step, { ...env, PARLEY_HELP_CHECKED: "1" })).done;
  } finally {
    await closeIndexer();
  }
}

interface AstroBuild {
  /** Astro has exited successfully (the index may still be writing). */
  astroExited: Promise<void>;
  /** The site and its index are written. */
  done: Promise<void>;
}

async function startAstro(mode: HelpMode, step: Step, env: NodeJS.ProcessEnv): Promise<AstroBuild> {
  const build = helpBuild({ ...env, PARLEY_HELP_MODE: mode });
  step(`help center: astro build (${mode}) → ${build.outDir}`);
  const index = await openPageIndex({ shared: true });
  const socket = join(tmpdir(), `parley-help-index-${process.pid}-${mode}.sock`);
  const server = await servePageIndex(index, socket);
  const childEnv = { ...env, PARLEY_HELP_MODE: mode, PARLEY_HELP_INDEX_SOCKET: socket };
  const child: ChildProcess = spawn(process.execPath, [ASTRO, "build", "--silent"], { stdio: "inherit", env: childEnv });
  const astroExited = new Promise<void>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code !== 0) return reject(new HelpBuildError(`astro build (${mode}) failed (${signal ?? `exit ${code}`}); the lines above name each file and its problem`));
      // Static-asset headers only mean something at the root of the public assets.
      if (mode === "preview") rmSync(`${build.outDir}/_headers`, { force: true });
      step(`help center: ${mode} site built; writing its search index`);
      resolve();
    });
  });
  const writeIndex = async () => {
    await server.finish();
    const started = performance.now();
    const { pages } = await index.write(`${build.outDir}/pagefind`);
    step(`help center: ${pages} pages in the search index (${mode}), written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  const done = astroExited.then(writeIndex, async (error: unknown) => {
    await server.finish().catch(() => undefined);
    await index.discard();
    throw error;
  });
  // Handled by whoever awaits `done`; an early failure must not end the process before that.
  done.catch(() => undefined);
  return { astroExited, done };
}

export class HelpBuildError extends Error {
  override name = "HelpBuildError";
}
