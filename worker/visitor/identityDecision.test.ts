import { describe, expect, it } from "vitest";
import { decideIdentity, hashSubject } from "./identityDecision.ts";

const none = { hashValid: null, jwt: null };

describe("decideIdentity", () => {
  it("treats a boot without user_id or email as an anonymous visitor", () => {
    expect(decideIdentity({}, true, none)).toEqual({ kind: "anonymous" });
  });

  it("trusts an unverified identity only while verification is not enforced", () => {
    expect(decideIdentity({ user_id: "u1" }, false, none)).toMatchObject({ kind: "user", externalId: "u1", verified: false });
    expect(decideIdentity({ user_id: "u1" }, true, none)).toMatchObject({ kind: "refused" });
  });

  it("never accepts a wrong hash, enforced or not", () => {
    expect(decideIdentity({ user_id: "u1" }, false, { hashValid: false, jwt: null })).toMatchObject({ kind: "refused" });
    expect(decideIdentity({ email: "a@b.c" }, true, { hashValid: true, jwt: null })).toMatchObject({ kind: "user", email: "a@b.c", verified: true });
  });

  it("takes the user from a valid JWT, its other claims as attributes", () => {
    const jwt = { ok: true as const, claims: { user_id: "u9", email: "U9@Example.com", plan: "pro", exp: 99, iat: 1 } };
    expect(decideIdentity({ user_id: "ignored" }, true, { hashValid: null, jwt })).toEqual({
      kind: "user",
      externalId: "u9",
      email: "u9@example.com",
      verified: true,
      emailSigned: true,
      extra: { plan: "pro" },
    });
    expect(decideIdentity({}, true, { hashValid: null, jwt: { ok: false, reason: "expired" } })).toMatchObject({ kind: "refused" });
  });
});

describe("decideIdentity emailSigned", () => {
  it("counts the email as signed only when the hash or JWT covers it", () => {
    expect(decideIdentity({ email: "a@b.c" }, false, { hashValid: true, jwt: null })).toMatchObject({ emailSigned: true });
    expect(decideIdentity({ user_id: "u1", email: "a@b.c" }, false, { hashValid: true, jwt: null })).toMatchObject({ emailSigned: false });
    expect(decideIdentity({ email: "a@b.c" }, false, none)).toMatchObject({ verified: false, emailSigned: false });
    const jwt = { ok: true as const, claims: { user_id: "u9" } };
    expect(decideIdentity({ email: "b@b.c" }, false, { hashValid: null, jwt })).toMatchObject({ email: "b@b.c", emailSigned: false });
  });
});

describe("hashSubject", () => {
  it("hashes user_id, else email", () => {
    expect(hashSubject({ user_id: "u1", email: "a@b.c" })).toBe("u1");
    expect(hashSubject({ email: "a@b.c" })).toBe("a@b.c");
    expect(hashSubject({})).toBeNull();
  });
});
