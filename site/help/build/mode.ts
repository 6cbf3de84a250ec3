// The help center is built twice from one Astro project: the public site (drafts left out at the
// loader, before anything is rendered) and the admin preview (served under /admin/help/ by a
// private Worker), which holds only what drafts add: their pages, the lists and the home page.
// Every other preview path is the public page, shown through worker/help/preview.ts. PARLEY_HELP_MODE picks one; the benchmark also moves the
// content root and output directory with PARLEY_HELP_ROOT / PARLEY_HELP_OUT.
import { resolve } from "node:path";

export type HelpMode = "public" | "preview";

export interface HelpBuild {
  mode: HelpMode;
  /** Repository root that holds content/. */
  root: string;
  drafts: boolean;
  /** URL prefix of every page, with slashes on both ends. */
  base: string;
  /** Where Astro writes; for the preview, nested so that URLs map to files one to one. */
  outDir: string;
  /** Astro's cache; one per mode, so a public build never reads the preview's data store. */
  cacheDir: string;
  /** Set by buildSite.ts for the preview: the public build's loader already checked every file. */
  mdxChecked: boolean;
  /** Whose bodies the loader compiles: the preview needs only drafts' (see buildsArticlePage). */
  render: true | "drafts";
  /** Every checked article's metadata, written by the public build's loader for the preview's (catalogue.ts). */
  catalogue: string;
}

export const PREVIEW_BASE = "/admin/help/";

export function helpBuild(env: Record<string, string | undefined> = process.env): HelpBuild {
  const mode: HelpMode = env.PARLEY_HELP_MODE === "preview" ? "preview" : "public";
  const root = resolve(env.PARLEY_HELP_ROOT ?? ".");
  const out = resolve(env.PARLEY_HELP_OUT ?? "dist");
  // Beside the outputs, outside dist/public: the preview's cache holds drafts.
  const cacheDir = resolve(out, ".astro-cache", mode);
  const mdxChecked = env.PARLEY_HELP_CHECKED === "1";
  const catalogue = resolve(out, ".astro-cache", "parley-help-catalogue.json");
  if (mode === "preview") return { mode, root, drafts: true, base: PREVIEW_BASE, outDir: `${out}/preview/admin/help`, cacheDir, mdxChecked, render: "drafts", catalogue };
  return { mode, root, drafts: false, base: "/", outDir: `${out}/public`, cacheDir, mdxChecked, render: true, catalogue };
}

/**
 * Whether this build writes an article's page. The preview writes only drafts' (a translation of a
 * draft is a draft too): writing the published pages again doubled the whole build's time.
 */
export function buildsArticlePage(build: Pick<HelpBuild, "mode">, article: { draft: boolean }): boolean {
  return build.mode === "public" || article.draft;
}
