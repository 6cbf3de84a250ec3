import { describe, expect, it } from "vitest";
import { safeHref, tokenize } from "./markdown.ts";

describe("tokenize", () => {
  it("reads bold, italic, code, links and line breaks", () => {
    expect(tokenize("**Hi** *there* `x`\n[docs](https://parley.dev/a)")).toEqual([
      { kind: "strong", text: "Hi" },
      { kind: "text", text: " " },
      { kind: "em", text: "there" },
      { kind: "text", text: " " },
      { kind: "code", text: "x" },
      { kind: "break" },
      { kind: "link", text: "docs", href: "https://parley.dev/a" },
    ]);
  });

  it("links bare URLs without their trailing punctuation", () => {
    expect(tokenize("see https://example.com/x.")).toEqual([
      { kind: "text", text: "see " },
      { kind: "link", text: "https://example.com/x", href: "https://example.com/x" },
      { kind: "text", text: "." },
    ]);
  });

  it("keeps markup and dangerous links as plain text", () => {
    expect(tokenize("<img src=x onerror=alert(1)>")).toEqual([{ kind: "text", text: "<img src=x onerror=alert(1)>" }]);
    expect(tokenize("[click](javascript:alert(1))").some((t) => t.kind === "link")).toBe(false);
  });
});

describe("safeHref", () => {
  it("allows http, https and mailto only", () => {
    expect(safeHref("https://a.example/")).toBe("https://a.example/");
    expect(safeHref("mailto:a@b.c")).toBe("mailto:a@b.c");
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref("data:text/html,<script>")).toBeNull();
    expect(safeHref("/relative")).toBeNull();
  });
});
