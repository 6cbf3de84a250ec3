import { describe, expect, it } from "vitest";
import { articleIdOf, excerptRuns } from "./help.ts";

describe("articleIdOf", () => {
  it("reads collection/slug from an article page URL", () => {
    expect(articleIdOf("/engage/campaigns/")).toBe("engage/campaigns");
    expect(articleIdOf("http://127.0.0.1:8787/the-messenger/install")).toBe("the-messenger/install");
    expect(articleIdOf("/engage/")).toBeNull();
  });
});

describe("excerptRuns", () => {
  it("keeps highlights as flags and markup as text", () => {
    expect(excerptRuns("Set a <mark>throttle</mark> &lt;b&gt; here")).toEqual([
      { text: "Set a ", mark: false },
      { text: "throttle", mark: true },
      { text: " <b> here", mark: false },
    ]);
  });
});
