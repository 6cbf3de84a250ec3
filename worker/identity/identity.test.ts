import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signJwt, verifyJwt } from "./jwt.ts";
import { userHash, verifyUserHash } from "./userHash.ts";
import { peekVisitorToken, signVisitorToken, verifyVisitorToken, VERIFIED_TOKEN_TTL_SECONDS, VISITOR_TOKEN_TTL_SECONDS } from "./visitorToken.ts";

const now = 1_800_000_000;

describe("userHash", () => {
  it("is the lowercase hex HMAC-SHA256 a customer's backend computes", async () => {
    const expected = createHmac("sha256", "secret").update("user-42").digest("hex");
    expect(await userHash("secret", "user-42")).toBe(expected);
  });
});

describe("verifyUserHash", () => {
  it("accepts the right hash in any case and refuses any other", async () => {
    const good = await userHash("secret", "user-42");
    expect(await verifyUserHash("secret", "user-42", good.toUpperCase())).toBe(true);
    expect(await verifyUserHash("secret", "user-43", good)).toBe(false);
    expect(await verifyUserHash("other", "user-42", good)).toBe(false);
    expect(await verifyUserHash("secret", "user-42", "")).toBe(false);
  });
});

describe("verifyJwt", () => {
  it("accepts an HS256 token with a user_id claim and returns its claims", async () => {
    const token = await signJwt("secret", { user_id: "u1", email: "u1@example.com", exp: now + 60 });
    expect(await verifyJwt("secret", token, now)).toEqual({ ok: true, claims: { user_id: "u1", email: "u1@example.com", exp: now + 60 } });
  });

  it("refuses a wrong signature, an expired token, a missing user_id and other algorithms", async () => {
    expect(await verifyJwt("other", await signJwt("secret", { user_id: "u1" }), now)).toMatchObject({ ok: false, reason: "bad signature" });
    expect(await verifyJwt("secret", await signJwt("secret", { user_id: "u1", exp: now - 3600 }), now)).toMatchObject({ ok: false, reason: "expired" });
    expect(await verifyJwt("secret", await signJwt("secret", { email: "x@y.z" }), now)).toMatchObject({ ok: false });
    const none = `${btoa(JSON.stringify({ alg: "none" }))}.${btoa(JSON.stringify({ user_id: "u1" }))}.`;
    expect(await verifyJwt("secret", none, now)).toMatchObject({ ok: false });
    expect(await verifyJwt("secret", "garbage", now)).toMatchObject({ ok: false });
  });
});

describe("visitor tokens", () => {
  const claims = { workspaceId: 3, contactId: "65a1b2c3d4e5f60718293a4b", issuedAt: now, generation: 7, verified: false };

  it("round-trip with the workspace secret", async () => {
    const token = await signVisitorToken("s", claims);
    expect(peekVisitorToken(token)).toEqual(claims);
    expect(await verifyVisitorToken("s", token, now)).toEqual(claims);
  });

  it("refuse another secret, a tampered contact, an empty secret and old tokens", async () => {
    const token = await signVisitorToken("s", claims);
    expect(await verifyVisitorToken("t", token, now)).toBeNull();
    expect(await verifyVisitorToken("s", token.replace("65a1", "75a1"), now)).toBeNull();
    expect(await verifyVisitorToken("", token, now)).toBeNull();
    expect(await verifyVisitorToken("s", token, now + VISITOR_TOKEN_TTL_SECONDS + 1)).toBeNull();
  });

  it("expire sooner when earned by a verified boot, which the site can repeat", async () => {
    const token = await signVisitorToken("s", { ...claims, verified: true });
    expect(await verifyVisitorToken("s", token, now + VERIFIED_TOKEN_TTL_SECONDS - 1)).toMatchObject({ verified: true });
    expect(await verifyVisitorToken("s", token, now + VERIFIED_TOKEN_TTL_SECONDS + 1)).toBeNull();
  });

  it("cannot be turned into a verified token or another generation", async () => {
    const token = await signVisitorToken("s", claims);
    expect(await verifyVisitorToken("s", token.replace(".7.u.", ".7.v."), now)).toBeNull();
    expect(await verifyVisitorToken("s", token.replace(".7.u.", ".8.u."), now)).toBeNull();
  });
});
