import { mdxToHast } from "satteri";
import { describe, expect, it } from "vitest";
import { attributeName, toHtml } from "./hastHtml.ts";

const render = (mdx: string) => toHtml(mdxToHast(mdx, { position: false }), (_tag, attributes) => attributes).trim();

describe("attributeName", () => {
  it("maps hast property names to HTML attribute names", () => {
    expect(attributeName("className")).toBe("class");
    expect(attributeName("htmlFor")).toBe("for");
    expect(attributeName("ariaDescribedBy")).toBe("aria-described-by");
    expect(attributeName("dataFootnoteRef")).toBe("data-footnote-ref");
    expect(attributeName("colSpan")).toBe("colspan");
  });
});

describe("toHtml", () => {
  it("writes Markdown elements, void elements and escaped text", () => {
    expect(render("A *b* & `<c>`\n\n![x](/i.png)\n")).toBe('<p>A <em>b</em> &#38; <code>&#60;c&#62;</code></p>\n<p><img src="/i.png" alt="x"></p>');
  });

  it("renders allowed components and plain elements, with boolean attributes", () => {
    expect(render("<details open>\n<summary>More</summary>\n\nText\n</details>\n")).toContain("<details open>");
    expect(render("<Kbd>Esc</Kbd>\n")).toContain("<kbd>Esc</kbd>");
  });

  it("refuses what the content check refuses, should it ever get here", () => {
    expect(() => render("<Script />\n")).toThrow("<Script> is not allowed");
    expect(() => render("Costs {price}.\n")).toThrow("JavaScript in MDX");
    expect(() => render('<Callout type={kind}>x</Callout>\n')).toThrow("JavaScript attribute");
  });
});
