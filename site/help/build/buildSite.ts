// The help-center part of `npm run build`: check content (one line per problem, exit 1), then
// build and index the public site, then the admin preview. Drafts are never loaded into the
// public build at all; the preview lands outside dist/public, where only the preview Worker reads.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { loadContent } from "./loadContent.ts";
import { helpBuild, type HelpMode } from "./mode.ts";
import { indexSite } from "./pagefindIndex.ts";
import { formatProblem } from "./problems.ts";

type Step = (text: string) => void;

export interface HelpBuildOptions {
  /** The benchmark builds the public site only. */
  preview?: boolean;
  env?: NodeJS.ProcessEnv;
}

export async function buildHelpCenter(step: Step, { preview = true, env = process.env }: HelpBuildOptions = {}): Promise<void> {
  const root = helpBuild(env).root;
  step("help center: checking content/");
  step(`help center: ${checkContent(root)} articles are valid`);
  await buildMode("public", step, env);
  if (preview) await buildMode("preview", step, env);
}

/** The article count; throws after printing the problems. Nothing is kept for the Astro builds. */
function checkContent(root: string): number {
  const { problems, articles } = loadContent({ root, drafts: true, base: "/", render: false });
  if (problems.length === 0) return articles.length;
  for (const problem of problems) console.error(formatProblem(problem));
  throw new HelpBuildError(`content/ has ${problems.length} problem${problems.length === 1 ? "" : "s"} (listed above)`);
}

async function buildMode(mode: HelpMode, step: Step, env: NodeJS.ProcessEnv): Promise<void> {
  const build = helpBuild({ ...env, PARLEY_HELP_MODE: mode });
  step(`help center: astro build (${mode}) → ${build.outDir}`);
  const astro = spawnSync("npx", ["astro", "build", "--silent"], { stdio: "inherit", env: { ...env, PARLEY_HELP_MODE: mode, PARLEY_HELP_CHECKED: "1" } });
  if (astro.status !== 0) throw new HelpBuildError(`astro build (${mode}) failed; the message above names the file and the problem`);
  // Static-asset headers only mean something at the root of the public assets.
  if (mode === "preview") rmSync(`${build.outDir}/_headers`, { force: true });
  step(`help center: pagefind index (${mode})`);
  const { pages } = await indexSite(build.outDir);
  step(`help center: ${pages} pages indexed (${mode})`);
}

export class HelpBuildError extends Error {
  override name = "HelpBuildError";
}
