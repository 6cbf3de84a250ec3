import { describe, expect, it } from "vitest";
import { fromContact } from "./replySender.ts";

describe("fromContact", () => {
  it("accepts the contact's own address in any letter case, with or without a From header", () => {
    expect(fromContact("Bob@Example.org", "bob@example.org", "bob@example.org")).toBe(true);
    expect(fromContact("bob@example.org", "BOB@example.org", null)).toBe(true);
  });

  it("refuses another envelope sender, another From header, or a contact without an email", () => {
    expect(fromContact("bob@example.org", "eve@example.org", "bob@example.org")).toBe(false);
    expect(fromContact("bob@example.org", "bob@example.org", "eve@example.org")).toBe(false);
    expect(fromContact(null, "bob@example.org", null)).toBe(false);
  });
});
