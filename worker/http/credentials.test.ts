import { describe, expect, it } from "vitest";
import { clearedSessionCookie, readCookie, sessionCookie, sessionCookieName, tokenFromAuthorization } from "./credentials.ts";

describe("tokenFromAuthorization", () => {
  it("reads a Bearer token", () => {
    expect(tokenFromAuthorization("Bearer parley_abc")).toBe("parley_abc");
    expect(tokenFromAuthorization("bearer   parley_abc")).toBe("parley_abc");
  });

  it("reads HTTP Basic with the token as the user name", () => {
    expect(tokenFromAuthorization(`Basic ${btoa("parley_abc:")}`)).toBe("parley_abc");
    expect(tokenFromAuthorization(`Basic ${btoa("parley_abc:ignored")}`)).toBe("parley_abc");
  });

  it("returns null for absent, empty or unknown credentials", () => {
    expect(tokenFromAuthorization(null)).toBeNull();
    expect(tokenFromAuthorization("Bearer")).toBeNull();
    expect(tokenFromAuthorization(`Basic ${btoa(":pw")}`)).toBeNull();
    expect(tokenFromAuthorization("Basic %%%")).toBeNull();
    expect(tokenFromAuthorization("Digest abc")).toBeNull();
  });
});

describe("sessionCookie", () => {
  it("uses the __Host- prefix and Secure only over https", () => {
    expect(sessionCookieName("https://parley.example/admin/")).toBe("__Host-parley_session");
    expect(sessionCookie("https://parley.example/", "v")).toBe(
      "__Host-parley_session=v; Path=/; HttpOnly; SameSite=Lax; Max-Age=1209600; Secure",
    );
    expect(sessionCookie("http://127.0.0.1:8787/", "v")).toBe("parley_session=v; Path=/; HttpOnly; SameSite=Lax; Max-Age=1209600");
  });

  it("expires the cookie on sign-out", () => {
    expect(clearedSessionCookie("http://127.0.0.1:8787/")).toContain("Max-Age=0");
  });
});

describe("readCookie", () => {
  it("finds one cookie among several", () => {
    expect(readCookie("a=1; parley_session=xyz; b=2", "parley_session")).toBe("xyz");
    expect(readCookie("a=1", "parley_session")).toBeNull();
    expect(readCookie(null, "parley_session")).toBeNull();
  });
});
