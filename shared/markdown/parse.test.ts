import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdown, safeHref } from "./parse.ts";

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

  it("links mailto targets", () => {
    expect(parseInline("[write](mailto:a@b.example)")).toEqual([{ kind: "link", href: "mailto:a@b.example", text: "write" }]);
  });

  it("leaves javascript:, data: and relative links as the text that was written", () => {
    expect(parseInline("[x](javascript:alert(1))")).toEqual([{ kind: "text", text: "[x](javascript:alert(1))" }]);
    expect(parseInline("a [x](data:text/html,hi) b")).toEqual([{ kind: "text", text: "a [x](data:text/html,hi) b" }]);
    expect(parseInline("[x](/admin)")).toEqual([{ kind: "text", text: "[x](/admin)" }]);
  });

  it("keeps markup as plain text", () => {
    expect(parseInline("<img src=x onerror=alert(1)>")).toEqual([{ kind: "text", text: "<img src=x onerror=alert(1)>" }]);
  });

  it("does not read spaced asterisks as italic", () => {
    expect(parseInline("2 * 3 * 4")).toEqual([{ kind: "text", text: "2 * 3 * 4" }]);
  });

  it("gives back every character of text without markup, in order", () => {
    fc.assert(
      fc.property(fc.string().filter((s) => !/[*`[\]\n]|https?:/.test(s)), (line) => {
        const parsed = parseInline(line);
        expect(parsed.map((i) => i.text).join("")).toBe(line);
        expect(parsed.every((i) => i.kind === "text")).toBe(true);
      }),
    );
  });

  it("never produces a link other than http(s) or mailto", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("[a](", "javascript:", "https://x.example", "mailto:m", ")", " ", "(", "data:", "*", "`", "x")), (pieces) => {
        for (const inline of parseInline(pieces.join(""))) {
          if (inline.kind === "link") expect(inline.href).toMatch(/^(https?:\/\/|mailto:)/i);
        }
      }),
    );
  });
});

describe("parseMarkdown", () => {
  it("splits paragraphs on blank lines, keeps line breaks and reads dash or star lines as a list", () => {
    expect(parseMarkdown("One\ntwo\r\n\n- a\n* b\n\n\n")).toEqual([
      { kind: "paragraph", lines: [[{ kind: "text", text: "One" }], [{ kind: "text", text: "two" }]] },
      { kind: "list", items: [[{ kind: "text", text: "a" }], [{ kind: "text", text: "b" }]] },
    ]);
  });

  it("keeps a paragraph when only some lines look like items", () => {
    expect(parseMarkdown("Options:\n- a").map((b) => b.kind)).toEqual(["paragraph"]);
  });

  it("gives nothing for blank text", () => {
    expect(parseMarkdown(" \n\t\n")).toEqual([]);
  });
});

describe("safeHref", () => {
  it("allows http, https and mailto only", () => {
    expect(safeHref("https://a.example/")).toBe("https://a.example/");
    expect(safeHref("HTTP://a.example/")).toBe("HTTP://a.example/");
    expect(safeHref("mailto:a@b.c")).toBe("mailto:a@b.c");
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref("data:text/html,<script>")).toBeNull();
    expect(safeHref("/relative")).toBeNull();
    expect(safeHref("https://a.example/\"onmouseover=x")).toBeNull();
  });
});
