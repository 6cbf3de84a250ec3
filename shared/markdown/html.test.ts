import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml, markdownToHtml } from "./html.ts";

const ALLOWED_TAG = /<\/?(p|br|ul|li|strong|em|code)>|<a href="[^"<>]*">|<\/a>/g;

describe("markdownToHtml", () => {
  it("escapes every piece of the author's text, HTML included", () => {
    expect(markdownToHtml('<img src=x onerror="alert(1)"> **<b>**')).toBe(
      "<p>&#60;img src=x onerror=&#34;alert(1)&#34;&#62; <strong>&#60;b&#62;</strong></p>",
    );
  });

  it("never lets a script tag or a javascript: link through", () => {
    const html = markdownToHtml("<script>alert(1)</script> [click](javascript:alert(1)) [ok](https://a.example/?q='x'&r=1)");
    expect(html).not.toContain("<script");
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('<a href="https://a.example/?q=&#39;x&#39;&#38;r=1">ok</a>');
  });

  it("renders lists and line breaks", () => {
    expect(markdownToHtml("a\nb\n\n- x")).toBe("<p>a<br>b</p>\n<ul><li>x</li></ul>");
  });

  it("emits no tag but its own, whatever the source", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("<", ">", "script", "**", "*", "`", "[a](", ")", "https://x.example/", "javascript:", "\n", " ", '"', "&", "- ")), (pieces) => {
        const html = markdownToHtml(pieces.join(""));
        expect(html.replace(ALLOWED_TAG, "")).not.toMatch(/[<>"]/);
      }),
    );
  });
});

describe("escapeHtml", () => {
  it("escapes the five characters that can break out of text or attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;");
  });
});
