import { describe, expect, it } from "vitest";
import { base64UrlEncode, hmacBytes } from "./hmac.ts";
import { tokenStillValid, verifyLegacyVisitorToken, type VisitorClaims } from "./visitorToken.ts";

const claims = (over: Partial<VisitorClaims> = {}): VisitorClaims => ({ workspaceId: 1, contactId: "0".repeat(24), issuedAt: 0, generation: 3, verified: false, ...over });
const lead = { tokenGeneration: 3, verifiedAt: null, role: "lead" as const };

describe("tokenStillValid", () => {
  it("accepts a token of the contact's current generation", () => {
    expect(tokenStillValid(claims(), lead, false)).toBe(true);
  });

  it("refuses a token of an earlier generation (revoked)", () => {
    expect(tokenStillValid(claims({ generation: 2 }), lead, false)).toBe(false);
  });

  it("refuses an unverified token for a contact a signed identity proved", () => {
    expect(tokenStillValid(claims(), { ...lead, role: "user", verifiedAt: 100 }, false)).toBe(false);
    expect(tokenStillValid(claims({ verified: true }), { ...lead, role: "user", verifiedAt: 100 }, false)).toBe(true);
  });

  it("refuses an unverified token for a user once enforcement is on, not for an anonymous lead", () => {
    expect(tokenStillValid(claims(), { ...lead, role: "user" }, false)).toBe(true);
    expect(tokenStillValid(claims(), { ...lead, role: "user" }, true)).toBe(false);
    expect(tokenStillValid(claims(), lead, true)).toBe(true);
  });
});

describe("verifyLegacyVisitorToken", () => {
  const legacy = async (secret: string, issuedAt: number) => {
    const body = `v1.7.${"a".repeat(24)}.${issuedAt}`;
    return `${body}.${base64UrlEncode(await hmacBytes(secret, body))}`;
  };

  it("accepts a token from before generations as generation 0, unverified", async () => {
    expect(await verifyLegacyVisitorToken("old", await legacy("old", 1_000), 2_000)).toEqual({ workspaceId: 7, contactId: "a".repeat(24), issuedAt: 1_000, generation: 0, verified: false });
  });

  it("refuses one signed with another secret, or past its lifetime", async () => {
    expect(await verifyLegacyVisitorToken("new", await legacy("old", 1_000), 2_000)).toBeNull();
    expect(await verifyLegacyVisitorToken("old", await legacy("old", 1_000), 1_000 + 91 * 86_400)).toBeNull();
  });
});
