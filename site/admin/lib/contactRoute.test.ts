import { describe, expect, it } from "vitest";
import { contactHref, parseContactHash } from "./contactRoute.ts";

describe("parseContactHash", () => {
  it("finds the contact id of a contact page", () => {
    expect(parseContactHash("#/contacts/65a1b2c3d4e5f60718293a4b")).toBe("65a1b2c3d4e5f60718293a4b");
    expect(parseContactHash(contactHref("abc"))).toBe("abc");
  });

  it("is null on the table and anywhere else", () => {
    expect(parseContactHash("#/contacts")).toBeNull();
    expect(parseContactHash("#/contacts/")).toBeNull();
    expect(parseContactHash("#/inbox/all/open/12")).toBeNull();
    expect(parseContactHash("#/contacts/<script>")).toBeNull();
  });
});
