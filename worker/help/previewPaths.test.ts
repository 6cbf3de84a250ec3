import { describe, expect, it } from "vitest";
import { previewHrefOf, publicPathOf } from "./previewPaths.ts";

describe("publicPathOf", () => {
  it("maps a preview page to the public page of the same name", () => {
    expect(publicPathOf("/admin/help/inbox/teams-and-routing/")).toBe("/inbox/teams-and-routing/");
    expect(publicPathOf("/admin/help/fr/inbox/")).toBe("/fr/inbox/");
  });

  it("maps the preview's home, with or without its slash, to the public home", () => {
    expect(publicPathOf("/admin/help/")).toBe("/");
    expect(publicPathOf("/admin/help")).toBe("/");
  });

  it("refuses a path outside the preview", () => {
    expect(publicPathOf("/admin/helpful")).toBeNull();
    expect(publicPathOf("/inbox/")).toBeNull();
  });
});

describe("previewHrefOf", () => {
  it("keeps a link to a page of the help center inside the preview", () => {
    expect(previewHrefOf("/inbox/teams-and-routing/")).toBe("/admin/help/inbox/teams-and-routing/");
    expect(previewHrefOf("/")).toBe("/admin/help/");
  });

  it("leaves other sites, fragments, relative links and the admin app alone", () => {
    for (const href of ["https://example.com/", "//cdn.example.com/x", "#main", "mailto:help@example.com", "../x/", "/admin/help/inbox/"]) {
      expect(previewHrefOf(href)).toBe(href);
    }
  });
});
