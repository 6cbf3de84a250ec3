import { describe, expect, it } from "vitest";
import { articleLink, articlePageUrl } from "./articleLinks.ts";

const page = "https://help.example.com/getting-started/what-is-parley/";

describe("articlePageUrl", () => {
  it("puts the article's path on the messenger's origin", () => {
    expect(articlePageUrl("http://127.0.0.1:9000", "inbox/api-tokens")).toBe("http://127.0.0.1:9000/inbox/api-tokens/");
    expect(articlePageUrl("http://127.0.0.1:9000", "inbox/api-tokens", "fr")).toBe("http://127.0.0.1:9000/fr/inbox/api-tokens/");
  });
});

describe("articleLink", () => {
  it("resolves a site-relative link against the help center, not the page hosting the messenger", () => {
    expect(articleLink("/admin/", page)).toEqual({ href: "https://help.example.com/admin/", articleId: null, anchor: null });
    expect(articleLink("../inbox/teams/", page)?.href).toBe("https://help.example.com/getting-started/inbox/teams/");
  });

  it("recognises a link to another article on the help center", () => {
    expect(articleLink("/getting-started/move-from-intercom/", page)?.articleId).toBe("getting-started/move-from-intercom");
    expect(articleLink("https://help.example.com/inbox/teams", page)?.articleId).toBe("inbox/teams");
  });

  it("recognises a translation's link to an article in its language", () => {
    expect(articleLink("/fr/engage/campaigns/", page)?.articleId).toBe("engage/campaigns");
  });

  it("leaves Parley's own paths and other sites as plain links", () => {
    expect(articleLink("/admin/help/", page)?.articleId).toBeNull();
    expect(articleLink("/hc/articles/", page)?.articleId).toBeNull();
    expect(articleLink("https://other.example.com/inbox/teams/", page)?.articleId).toBeNull();
    expect(articleLink("mailto:help@example.com", page)).toEqual({ href: "mailto:help@example.com", articleId: null, anchor: null });
  });

  it("keeps a link to a heading of the same article as an anchor", () => {
    expect(articleLink("#where-it-runs", page)).toEqual({ href: `${page}#where-it-runs`, articleId: null, anchor: "where-it-runs" });
  });
});
