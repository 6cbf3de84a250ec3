import { describe, expect, it } from "vitest";
import { EMAIL_OPT_IN_TTL_SECONDS, peekOptInToken, signOptInToken, verifyOptInToken } from "./emailOptInToken.ts";

const KEY = "pv_test-key";
const contactId = "a".repeat(24);
const claims = { workspaceId: 7, contactId, email: "ann@example.com", issuedAt: 1_000_000 };
const expected = { workspaceId: 7, contactId, email: "ann@example.com" };

describe("signOptInToken", () => {
  it("names the contact and the time, never the email", async () => {
    const token = await signOptInToken(KEY, claims);
    expect(peekOptInToken(token)).toEqual({ contactId, issuedAt: 1_000_000 });
    expect(token).not.toContain("ann");
  });
});

describe("verifyOptInToken", () => {
  it("accepts its own token within seven days, whatever the email's case", async () => {
    const token = await signOptInToken(KEY, claims);
    expect(await verifyOptInToken(KEY, token, expected, claims.issuedAt + EMAIL_OPT_IN_TTL_SECONDS - 1)).toBe(true);
    expect(await verifyOptInToken(KEY, token, { ...expected, email: "Ann@Example.com" }, claims.issuedAt)).toBe(true);
  });

  it("refuses a token past seven days or from the future", async () => {
    const token = await signOptInToken(KEY, claims);
    expect(await verifyOptInToken(KEY, token, expected, claims.issuedAt + EMAIL_OPT_IN_TTL_SECONDS + 1)).toBe(false);
    expect(await verifyOptInToken(KEY, token, expected, claims.issuedAt - 3600)).toBe(false);
  });

  it("refuses a token once the contact's email changed", async () => {
    const token = await signOptInToken(KEY, claims);
    expect(await verifyOptInToken(KEY, token, { ...expected, email: "other@example.com" }, claims.issuedAt)).toBe(false);
  });

  it("refuses a token for another contact, another workspace or another key", async () => {
    const token = await signOptInToken(KEY, claims);
    expect(await verifyOptInToken(KEY, token, { ...expected, contactId: "b".repeat(24) }, claims.issuedAt)).toBe(false);
    expect(await verifyOptInToken(KEY, token, { ...expected, workspaceId: 8 }, claims.issuedAt)).toBe(false);
    expect(await verifyOptInToken("pv_other", token, expected, claims.issuedAt)).toBe(false);
  });

  it("refuses a malformed token", async () => {
    expect(await verifyOptInToken(KEY, "e1.nope", expected, claims.issuedAt)).toBe(false);
    expect(await verifyOptInToken(KEY, "", expected, claims.issuedAt)).toBe(false);
  });
});
