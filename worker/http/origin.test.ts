import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./origin.ts";

const url = "http://127.0.0.1:8787/admin/api/logout";

describe("isSameOriginRequest", () => {
  it("lets safe methods through whatever their origin", () => {
    expect(isSameOriginRequest({ method: "GET", url, origin: "https://evil.example", secFetchSite: "cross-site" })).toBe(true);
  });

  it("accepts a state-changing request from the same origin", () => {
    expect(isSameOriginRequest({ method: "POST", url, origin: "http://127.0.0.1:8787", secFetchSite: null })).toBe(true);
  });

  it("refuses another origin, another port and the opaque null origin", () => {
    for (const origin of ["https://evil.example", "http://127.0.0.1:8788", "null"]) {
      expect(isSameOriginRequest({ method: "POST", url, origin, secFetchSite: null })).toBe(false);
    }
  });

  it("falls back to Sec-Fetch-Site when Origin is absent", () => {
    expect(isSameOriginRequest({ method: "DELETE", url, origin: null, secFetchSite: "same-origin" })).toBe(true);
    expect(isSameOriginRequest({ method: "DELETE", url, origin: null, secFetchSite: "same-site" })).toBe(false);
  });

  it("refuses a state-changing request that carries neither header", () => {
    expect(isSameOriginRequest({ method: "PUT", url, origin: null, secFetchSite: null })).toBe(false);
  });
});
