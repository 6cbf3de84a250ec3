import { describe, expect, it } from "vitest";
import { LEEWAY_SECONDS, lifetimeProblem, MAX_LIFETIME_WITHOUT_EXP_SECONDS, signJwt, verifyJwt } from "./jwt.ts";

const now = 1_800_000_000;

describe("lifetimeProblem", () => {
  it("honours exp with at most a minute of clock skew", () => {
    expect(lifetimeProblem({ exp: now - LEEWAY_SECONDS }, now)).toBeNull();
    expect(lifetimeProblem({ exp: now - LEEWAY_SECONDS - 1 }, now)).toBe("expired");
  });

  it("honours nbf and refuses an iat from the future, with the same skew", () => {
    expect(lifetimeProblem({ exp: now + 600, nbf: now + LEEWAY_SECONDS }, now)).toBeNull();
    expect(lifetimeProblem({ exp: now + 600, nbf: now + LEEWAY_SECONDS + 1 }, now)).toMatch(/nbf/);
    expect(lifetimeProblem({ exp: now + 600, iat: now + LEEWAY_SECONDS + 1 }, now)).toMatch(/iat/);
  });

  it("requires exp, or caps the lifetime of a token that only has iat", () => {
    expect(lifetimeProblem({}, now)).toBe("exp claim missing");
    expect(lifetimeProblem({ iat: now - 60 }, now)).toBeNull();
    expect(lifetimeProblem({ iat: now - MAX_LIFETIME_WITHOUT_EXP_SECONDS - LEEWAY_SECONDS - 1 }, now)).toMatch(/expired/);
  });

  it("refuses time claims that are not numbers", () => {
    expect(lifetimeProblem({ exp: "never" }, now)).toMatch(/exp/);
    expect(lifetimeProblem({ exp: now + 60, nbf: "soon" }, now)).toMatch(/nbf/);
  });
});

describe("verifyJwt time claims", () => {
  it("refuses a correctly signed token without exp or iat, and one not valid yet", async () => {
    expect(await verifyJwt("secret", await signJwt("secret", { user_id: "u1" }), now)).toEqual({ ok: false, reason: "exp claim missing" });
    expect(await verifyJwt("secret", await signJwt("secret", { user_id: "u1", exp: now + 600, nbf: now + 3600 }), now)).toMatchObject({ ok: false });
    expect(await verifyJwt("secret", await signJwt("secret", { user_id: "u1", exp: now + 600, nbf: now - 10 }), now)).toMatchObject({ ok: true });
  });
});
