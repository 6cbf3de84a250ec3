import { describe, expect, it } from "vitest";
import { htmlToText, textToHtml } from "./bodyFormat.ts";

describe("htmlToText", () => {
  it("keeps plain text as it is", () => {
    expect(htmlToText("a < b and c > d")).toBe("a < b and c > d");
  });

  it("turns paragraphs and breaks into newlines and drops tags", () => {
    expect(htmlToText("<p>Hello <b>there</b></p><p>Line<br>two &amp; more</p>")).toBe("Hello there\nLine\ntwo & more");
  });

  it("drops script tags' markup so nothing executable survives", () => {
    expect(htmlToText('<p>hi</p><script>alert("x")</script>')).not.toContain("<script");
  });

  it("keeps an unclosed < and what follows it as text", () => {
    expect(htmlToText("<p>a</p>b < c")).toBe("a\nb < c");
  });

  it("reads a megabyte of unclosed tags in linear time", () => {
    const pathological = `<b>x</b>${"<".repeat(1_000_000)}`;
    const started = performance.now();
    expect(htmlToText(pathological)).toHaveLength(1_000_001);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe("textToHtml", () => {
  it("escapes markup and wraps paragraphs", () => {
    expect(textToHtml('<img src=x onerror="alert(1)">\n\nok')).toBe("<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p><p>ok</p>");
  });
});
