import { describe, expect, it } from "vitest";
import { buildsArticlePage, helpBuild } from "./mode.ts";

describe("helpBuild", () => {
  it("builds the public site at the root of dist/public unless told otherwise", () => {
    const build = helpBuild({ PARLEY_HELP_OUT: "/tmp/out" });
    expect(build).toMatchObject({ mode: "public", drafts: false, base: "/", outDir: "/tmp/out/public", render: true });
  });

  it("nests the preview under its base, outside dist/public, with its own cache", () => {
    const build = helpBuild({ PARLEY_HELP_MODE: "preview", PARLEY_HELP_OUT: "/tmp/out" });
    expect(build).toMatchObject({ mode: "preview", drafts: true, base: "/admin/help/", outDir: "/tmp/out/preview/admin/help", render: "drafts" });
    expect(build.cacheDir).not.toContain("/public");
  });

  it("shares one catalogue path between the two builds, outside dist/public", () => {
    const publicBuild = helpBuild({ PARLEY_HELP_OUT: "/tmp/out" });
    expect(publicBuild.catalogue).toBe(helpBuild({ PARLEY_HELP_MODE: "preview", PARLEY_HELP_OUT: "/tmp/out" }).catalogue);
    expect(publicBuild.catalogue.startsWith(publicBuild.outDir)).toBe(false);
  });
});

describe("buildsArticlePage", () => {
  it("writes every article's page in the public build", () => {
    expect(buildsArticlePage({ mode: "public" }, { draft: false })).toBe(true);
  });

  it("writes only drafts' pages in the preview, which shows published pages from the public site", () => {
    expect(buildsArticlePage({ mode: "preview" }, { draft: true })).toBe(true);
    expect(buildsArticlePage({ mode: "preview" }, { draft: false })).toBe(false);
  });
});
