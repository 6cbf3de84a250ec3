import { describe, expect, it } from "vitest";
import { checkMdx } from "./mdxCheck.ts";

const lines = (...text: string[]) => text.join("\n");

describe("checkMdx", () => {
  it("accepts Markdown with allowed components and collects its links", () => {
    const result = checkMdx(lines("Intro", "", '<Callout type="tip">', "See [routing](/teams/routing).", "</Callout>", ""));
    expect(result.problems).toEqual([]);
    expect(result.links).toEqual([{ url: "/teams/routing", line: 4 }]);
  });

  it("flags a paragraph that starts with export", () => {
    const result = checkMdx(lines("Intro", "", "export your contacts as CSV.", ""));
    expect(result.problems).toEqual([{ line: 3, message: expect.stringContaining('starting with "export"') }]);
  });

  it("flags a paragraph that starts with import", () => {
    expect(checkMdx("import contacts from a file.\n").problems[0]?.message).toContain('"import"');
  });

  it("flags an unclosed component with its line", () => {
    const result = checkMdx(lines("Intro", "", '<Callout type="tip">', "Text", ""));
    expect(result.problems[0]).toMatchObject({ line: 3, message: expect.stringContaining("closing tag") });
  });

  it("flags expressions and unknown components", () => {
    const messages = checkMdx(lines("Costs {price} today.", "", "<Script />", "")).problems.map((p) => p.message);
    expect(messages).toEqual([expect.stringContaining("expression"), expect.stringContaining("<Script> is not allowed")]);
  });

  it("flags attributes a component does not take and expression attributes", () => {
    const messages = checkMdx(lines('<Callout onClick="x">a</Callout>', "", "<Callout type={kind}>b</Callout>", "")).problems.map((p) => p.message);
    expect(messages).toEqual([expect.stringContaining("does not take onClick"), expect.stringContaining('type="text"')]);
  });
});
