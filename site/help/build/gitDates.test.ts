import { describe, expect, it } from "vitest";
import { parseGitLog } from "./gitDates.ts";

describe("parseGitLog", () => {
  it("takes the newest commit as the update and the oldest as the creation", () => {
    const output = "\u0000300\n\ncontent/articles/a/x.mdx\n\u0000200\n\ncontent/articles/a/y.mdx\ncontent/articles/a/x.mdx\n\u0000100\n\ncontent/articles/a/x.mdx\n";
    const dates = parseGitLog(output);
    expect(dates.get("content/articles/a/x.mdx")).toEqual({ createdAt: 100, updatedAt: 300 });
    expect(dates.get("content/articles/a/y.mdx")).toEqual({ createdAt: 200, updatedAt: 200 });
  });

  it("returns nothing for an empty history", () => {
    expect(parseGitLog("").size).toBe(0);
  });
});
