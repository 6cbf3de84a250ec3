import { describe, expect, it } from "vitest";
import { fillPlaceholders, unknownPlaceholders } from "./placeholders.ts";

describe("fillPlaceholders", () => {
  it("replaces each known placeholder with its value", () => {
    expect(fillPlaceholders("Hi {{contact.name}}, I am {{admin.name}} ({{ contact.email }}).", { "contact.name": "Ada", "admin.name": "Grace", "contact.email": "ada@example.com" })).toBe(
      "Hi Ada, I am Grace (ada@example.com).",
    );
  });

  it("uses the fallback when the value is missing or blank", () => {
    expect(fillPlaceholders("Hi {{contact.name | there}}!", {})).toBe("Hi there!");
    expect(fillPlaceholders("Hi {{contact.name|there}}!", { "contact.name": "  " })).toBe("Hi there!");
  });

  it("prefers the value over the fallback", () => {
    expect(fillPlaceholders("Hi {{contact.name | there}}!", { "contact.name": "Ada" })).toBe("Hi Ada!");
  });

  it("drops a placeholder without value or fallback together with the space before it", () => {
    expect(fillPlaceholders("Hi {{contact.name}}, welcome.", { "contact.name": null })).toBe("Hi, welcome.");
  });

  it("leaves unknown placeholders and other braces as typed", () => {
    expect(fillPlaceholders("{{order.id}} and {single} stay", { "contact.name": "Ada" })).toBe("{{order.id}} and {single} stay");
  });

  it("fills every occurrence", () => {
    expect(fillPlaceholders("{{admin.name}}/{{admin.name}}", { "admin.name": "G" })).toBe("G/G");
  });
});

describe("unknownPlaceholders", () => {
  it("lists each name Parley cannot fill once", () => {
    expect(unknownPlaceholders("{{contact.name}} {{order.id}} {{ order.id | x }} {{contact.phone}}")).toEqual(["order.id", "contact.phone"]);
  });

  it("finds nothing in a reply with only known placeholders", () => {
    expect(unknownPlaceholders("Hi {{contact.name | there}}, {{admin.name}} here")).toEqual([]);
  });
});
