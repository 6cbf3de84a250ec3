import { describe, expect, it } from "vitest";
import type { Contact } from "../db/schema.ts";
import { csvCell, csvHeaderLine, csvLine } from "./contactsCsv.ts";

const contact = (over: Partial<Contact> = {}): Contact => ({
  id: "65a1b2c3d4e5f60718293a4b",
  workspaceId: 1,
  role: "user",
  externalId: "u-1",
  email: "ada@example.com",
  name: "Ada",
  phone: null,
  signedUpAt: 1_700_000_000,
  lastSeenAt: null,
  webSessions: 4,
  unsubscribedFromEmails: false,
  customAttributes: {},
  createdAt: 1_700_000_000,
  updatedAt: 1_700_000_000,
  lastPageUrl: null,
  verifiedAt: null,
  emailVerified: true,
  tokenGeneration: 0,
  ...over,
});

describe("csvCell", () => {
  it("quotes commas, quotes and line breaks, doubling inner quotes", () => {
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(null)).toBe("");
    expect(csvCell(7)).toBe("7");
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"x\")")).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell("+1 555")).toBe("'+1 555");
    expect(csvCell("@me")).toBe("'@me");
    expect(csvCell(-3)).toBe("-3");
  });
});

describe("csvLine", () => {
  it("writes one cell per header column, times as ISO dates", () => {
    const line = csvLine(contact({ customAttributes: { plan: "pro" } }));
    expect(line.split(",").length).toBe(csvHeaderLine().split(",").length);
    expect(line).toContain("2023-11-14T22:13:20.000Z");
    expect(line).toContain('"{""plan"":""pro""}"');
  });

  it("names an anonymous contact as the admin app does", () => {
    const line = csvLine(contact({ name: null, email: null }));
    expect(line.split(",")[1]).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
  });
});
