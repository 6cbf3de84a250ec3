import { describe, expect, it } from "vitest";
import { attributeAllowed, elementAction, safeUrl } from "./articleAllowList.ts";

describe("elementAction", () => {
  it("keeps article markup", () => {
    for (const tag of ["P", "a", "h2", "table", "img", "aside", "kbd"]) expect(elementAction(tag), tag).toBe("keep");
  });

  it("drops script-bearing elements with their content and unwraps anything unknown", () => {
    for (const tag of ["script", "style", "iframe", "svg", "math", "template", "object"]) expect(elementAction(tag), tag).toBe("drop");
    for (const tag of ["form", "button", "marquee", "base", "custom-element"]) expect(elementAction(tag), tag).not.toBe("keep");
  });
});

describe("safeUrl", () => {
  it("allows web, mail and same-site links", () => {
    for (const url of ["https://example.com", "http://x.example/a", "mailto:a@b.c", "/teams/routing/", "#top", "../x"]) expect(safeUrl(url), url).toBe(true);
  });

  it("refuses script and data URLs however they are spelled", () => {
    for (const url of ["javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "vbscript:x", "data:text/html,x", "\u0001javascript:x"]) expect(safeUrl(url), url).toBe(false);
  });
});

describe("attributeAllowed", () => {
  it("keeps listed attributes with safe values only", () => {
    expect(attributeAllowed("A", "href", "https://example.com")).toBe(true);
    expect(attributeAllowed("A", "href", "vbscript:x")).toBe(false);
    expect(attributeAllowed("img", "src", "data:image/svg+xml,<svg onload=x()>")).toBe(false);
    expect(attributeAllowed("p", "class", "callout-title")).toBe(true);
  });

  it("drops event handlers, styles and attributes that submit or navigate", () => {
    for (const name of ["onclick", "onerror", "style", "formaction", "srcdoc", "xlink:href", "action"]) expect(attributeAllowed("a", name, "x"), name).toBe(false);
  });
});
