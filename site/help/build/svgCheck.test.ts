import { describe, expect, it } from "vitest";
import { checkSvg } from "./svgCheck.ts";

describe("checkSvg", () => {
  it("accepts a plain drawing", () => {
    expect(checkSvg('<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0h8v8z" fill="#4338ca"/></svg>')).toEqual([]);
  });

  it("finds scripts, handlers, foreignObject and script links with their lines", () => {
    const svg = ['<svg xmlns="http://www.w3.org/2000/svg" onload="steal()">', "<script>steal()</script>", '<a xlink:href="javascript:steal()"><path d="M0 0"/></a>', "<foreignObject><div/></foreignObject>", "</svg>"].join("\n");
    expect(checkSvg(svg).map((f) => f.line)).toEqual([1, 2, 3, 4]);
    expect(checkSvg(svg)[0]?.message).toContain("onload");
  });
});
