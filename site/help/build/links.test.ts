import { describe, expect, it } from "vitest";
import { hrefOf, resolveLink } from "./links.ts";

const known = { collections: new Set(["teams", "start"]), articles: new Set(["teams/routing", "start/install"]) };
const resolve = (url: string) => resolveLink(url, "start/install", known);

describe("resolveLink", () => {
  it("leaves external and app links alone", () => {
    expect(resolve("https://example.com/x").kind).toBe("external");
    expect(resolve("mailto:help@example.com").kind).toBe("external");
    expect(resolve("#setup").kind).toBe("external");
    expect(resolve("/admin/").kind).toBe("app");
    expect(resolve("/widget/demo").kind).toBe("app");
  });

  it("resolves site paths to home, collections and articles", () => {
    expect(resolve("/")).toEqual({ kind: "home", hash: "" });
    expect(resolve("/teams/")).toEqual({ kind: "collection", id: "teams", hash: "" });
    expect(resolve("/teams/routing#rules")).toEqual({ kind: "article", id: "teams/routing", hash: "#rules" });
  });

  it("resolves paths to .mdx files relative to the article", () => {
    expect(resolve("../teams/routing.mdx")).toEqual({ kind: "article", id: "teams/routing", hash: "" });
    expect(resolve("./install.mdx#top")).toEqual({ kind: "article", id: "start/install", hash: "#top" });
  });

  it("refuses javascript:, data: and vbscript: links however they are spelled", () => {
    for (const url of ["javascript:alert(1)", "JavaScript:alert(1)", " java\tscript:alert(1)", "data:text/html,<script>x</script>", "vbscript:msgbox(1)"]) {
      expect(resolve(url), url).toMatchObject({ kind: "broken", reason: expect.stringContaining("run script") });
    }
  });

  it("reports links to missing articles and collections", () => {
    expect(resolve("/teams/missing")).toMatchObject({ kind: "broken", reason: "there is no article teams/missing" });
    expect(resolve("/nowhere/x")).toMatchObject({ kind: "broken", reason: 'there is no collection "nowhere"' });
    expect(resolve("../teams/routing")).toMatchObject({ kind: "broken" });
    expect(resolve("../../../x.mdx")).toMatchObject({ kind: "broken" });
  });
});

describe("hrefOf", () => {
  it("puts help-center links under the base path and leaves the rest", () => {
    expect(hrefOf({ kind: "article", id: "teams/routing", hash: "#a" }, "/admin/help/")).toBe("/admin/help/teams/routing/#a");
    expect(hrefOf({ kind: "home", hash: "" }, "/")).toBe("/");
    expect(hrefOf({ kind: "app", url: "/admin/" }, "/admin/help/")).toBe("/admin/");
    expect(hrefOf({ kind: "broken", reason: "x" }, "/")).toBeNull();
  });
});
