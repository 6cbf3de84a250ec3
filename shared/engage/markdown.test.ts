import { describe, expect, it } from "vitest";
import { markdownToHtml, markdownToText, parseInline, parseMarkdown } from "./markdown.ts";

describe("parseInline", () => {
  it("recognises bold, italic, code, labelled links and bare URLs", () => {
    expect(parseInline("**Hi** *you* `x` [docs](https://a.example/d) see https://b.example/x.")).toEqual([
      { kind: "strong", text: "Hi" },
      { kind: "text", text: " " },
      { kind: "em", text: "you" },
      { kind: "text", text: " " },
      { kind: "code", text: "x" },
      { kind: "text", text: " " },
      { kind: "link", href: "https://a.example/d", text: "docs" },
      { kind: "text", text: " see " },
      { kind: "link", href: "https://b.example/x", text: "https://b.example/x" },
      { kind: "text", text: "." },
    ]);
  });

  it("leaves javascript: links as plain text", () => {
    expect(parseInline("[x](javascript:alert(1))")).toEqual([{ kind: "text", text: "[x](javascript:alert(1))" }]);
  });
});

describe("parseMarkdown", () => {
  it("splits paragraphs on blank lines and reads dash lines as a list", () => {
    expect(parseMarkdown("One\ntwo\n\n- a\n- b").map((b) => b.kind)).toEqual(["paragraph", "list"]);
  });
});

describe("markdownToHtml", () => {
  it("escapes every piece of the author's text, HTML included", () => {
    expect(markdownToHtml('<img src=x onerror="alert(1)"> **<b>**')).toBe(
      "<p>&#60;img src=x onerror=&#34;alert(1)&#34;&#62; <strong>&#60;b&#62;</strong></p>",
    );
  });

  it("renders lists and line breaks", () => {
    expect(markdownToHtml("a\nb\n\n- x")).toBe("<p>a<br>b</p>\n<ul><li>x</li></ul>");
  });
});

describe("markdownToText", () => {
  it("keeps link targets readable in plain text", () => {
    expect(markdownToText("Read [the guide](https://a.example/g)\n\n- one")).toBe("Read the guide (https://a.example/g)\n\n- one");
  });
});
