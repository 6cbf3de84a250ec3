import { describe, expect, it } from "vitest";
import { markdownToText, toPlainText } from "./text.ts";

describe("markdownToText", () => {
  it("keeps link targets readable in plain text", () => {
    expect(markdownToText("Read [the guide](https://a.example/g)\n\n- one")).toBe("Read the guide (https://a.example/g)\n\n- one");
  });
});

describe("toPlainText", () => {
  it("shows Markdown as its words on one line", () => {
    expect(toPlainText("A **bold** [offer](https://example.com)\nsee `code`")).toBe("A bold offer see code");
  });

  it("joins paragraphs and list items with single spaces", () => {
    expect(toPlainText("Hello  there\n\n- one\n- *two*")).toBe("Hello there one two");
  });

  it("keeps markup as the characters that were written", () => {
    expect(toPlainText("<script>x</script> [x](javascript:y)")).toBe("<script>x</script> [x](javascript:y)");
  });
});
