import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PAGE_POLICY } from "./pagePolicy.ts";

describe("PAGE_POLICY", () => {
  it("is the policy static pages get from _headers", () => {
    const headers = readFileSync("site/help/public/_headers", "utf8");
    expect(headers).toContain(`Content-Security-Policy: ${PAGE_POLICY}\n`);
  });

  it("allows no inline script and no framing by other sites", () => {
    const scriptSrc = PAGE_POLICY.split("; ").find((d) => d.startsWith("script-src")) ?? "";
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'nonce-|'sha256-/);
    expect(PAGE_POLICY).toContain("frame-ancestors 'none'");
  });
});
