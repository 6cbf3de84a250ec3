import { describe, expect, it } from "vitest";
import { contactName, friendlyName, isAnonymous } from "./contactName.ts";

describe("contactName", () => {
  it("uses the contact's name when it has one", () => {
    expect(contactName({ id: "a1", name: "Ada Lovelace", email: "ada@example.com" })).toBe("Ada Lovelace");
  });

  it("falls back to the email when the name is missing or blank", () => {
    expect(contactName({ id: "a1", name: null, email: "ada@example.com" })).toBe("ada@example.com");
    expect(contactName({ id: "a1", name: "   ", email: "ada@example.com" })).toBe("ada@example.com");
  });

  it("names an anonymous contact with the friendly name of its id", () => {
    expect(contactName({ id: "65a1b2c3d4e5f60718293a4b", name: null, email: null })).toBe(friendlyName("65a1b2c3d4e5f60718293a4b"));
    expect(contactName({ id: "65a1b2c3d4e5f60718293a4b" })).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
  });
});

describe("friendlyName", () => {
  it("gives the same id the same words every time", () => {
    expect(friendlyName("65a1b2c3d4e5f60718293a4b")).toBe(friendlyName("65a1b2c3d4e5f60718293a4b"));
  });

  it("gives different ids different words often enough to tell visitors apart", () => {
    const names = new Set(Array.from({ length: 200 }, (_, i) => friendlyName(`65a1b2c3${i.toString(16).padStart(16, "0")}`)));
    expect(names.size).toBeGreaterThan(150);
  });
});

describe("isAnonymous", () => {
  it("is true only without both a name and an email", () => {
    expect(isAnonymous({ id: "x", name: null, email: null })).toBe(true);
    expect(isAnonymous({ id: "x", name: " ", email: "" })).toBe(true);
    expect(isAnonymous({ id: "x", name: "Ada", email: null })).toBe(false);
    expect(isAnonymous({ id: "x", name: null, email: "a@b.c" })).toBe(false);
  });
});
