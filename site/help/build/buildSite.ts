// The help-center part of `npm run build`: the public site, then the admin preview. The content
// check (one line per problem, exit 1) runs in this process while the public `astro build` starts
// in its own: Astro spends its first seconds bundling, not reading content/. Search indexing runs
// inside each Astro build, beside rendering (integration.ts). Drafts are never loaded into the
// public build at all; the preview holds only what drafts add, outside dist/public.
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadContent } from "./loadContent.ts";
import { helpBuild, type HelpMode } from "./mode.ts";
import { formatProblem } from "./problems.ts";

type Step = (text: string) => void;

// Astro's CLI run by this Node directly: no npx in between, and a kill reaches Astro itself.
const ASTRO = fileURLToPath(new URL("../../../node_modules/astro/bin/astro.mjs", import.meta.url));

export interface HelpBuildOptions {
  /** Build the admin preview too (default). */
  preview?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Work for once dist/public is written (the admin app, the messenger), run beside the preview build. */
  afterPublic?: () => Promise<void>;
}

export async function buildHelpCenter(step: Step, { preview = true, env = process.env, afterPublic }: HelpBuildOptions = {}): Promise<void> {
  const root = helpBuild(env).root;
  step("help center: checking content/ while the public build starts");
  const publicBuild = startAstro("public", step, env);
  let articles: number;
  try {
    articles = checkContent(root);
  } catch (error) {
    publicBuild.child.kill("SIGTERM");
    await publicBuild.done.catch(() => undefined);
    throw error;
  }
  step(`help center: ${articles} article files are valid`);
  await publicBuild.done;
  // Both run to their end, so that a failure in one never leaves the other running unwatched.
  const results = await Promise.allSettled([preview ? startAstro("preview", step, env).done : undefined, afterPublic?.()]);
  for (const result of results) if (result.status === "rejected") throw result.reason;
}

/** The article count; throws after printing the problems. Nothing is kept for the Astro builds. */
function checkContent(root: string): number {
  const { problems, articles } = loadContent({ root, drafts: true, base: "/", render: false });
  if (problems.length === 0) return articles.length;
  for (const problem of problems) console.error(formatProblem(problem));
  throw new HelpBuildError(`content/ has ${problems.length} problem${problems.length === 1 ? "" : "s"} (listed above)`);
}

function startAstro(mode: HelpMode, step: Step, env: NodeJS.ProcessEnv): { child: ChildProcess; done: Promise<void> } {
  const build = helpBuild({ ...env, PARLEY_HELP_MODE: mode });
  step(`help center: astro build (${mode}) → ${build.outDir}`);
  // The check in this process covers MDX and links; the loaders need not repeat it.
  const child = spawn(process.execPath, [ASTRO, "build", "--silent"], { stdio: "inherit", env: { ...env, PARLEY_HELP_MODE: mode, PARLEY_HELP_CHECKED: "1" } });
  const done = new Promise<void>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code !== 0) return reject(new HelpBuildError(`astro build (${mode}) failed (${signal ?? `exit ${code}`}); the message above names the file and the problem`));
      // Static-asset headers only mean something at the root of the public assets.
      if (mode === "preview") rmSync(`${build.outDir}/_headers`, { force: true });
      step(`help center: ${mode} site built and indexed`);
      resolve();
    });
  });
  return { child, done };
}

export class HelpBuildError extends Error {
  override name = "HelpBuildError";
}
