import { describe, expect, it } from "vitest";
import { decideLogin, MAX_FAILURES, WINDOW_SECONDS } from "./loginLimit.ts";

const now = 1_800_000_000;
const failures = (count: number, at: (i: number) => number) => Array.from({ length: count }, (_, i) => at(i));

describe("decideLogin", () => {
  it("allows an attempt after fewer failures than the limit", () => {
    expect(decideLogin(failures(MAX_FAILURES - 1, () => now - 10), now)).toEqual({ allowed: true, retryAfterSeconds: 0 });
  });

  it("refuses once the limit is reached inside the window and says when to retry", () => {
    const decision = decideLogin(failures(MAX_FAILURES, (i) => now - 100 + i), now);
    expect(decision.allowed).toBe(false);
    expect(decision.retryAfterSeconds).toBe(WINDOW_SECONDS - 100);
  });

  it("forgets failures older than the window", () => {
    const old = failures(MAX_FAILURES, () => now - WINDOW_SECONDS);
    expect(decideLogin(old, now).allowed).toBe(true);
  });

  it("counts only the failures still inside the window", () => {
    const mixed = [...failures(5, () => now - WINDOW_SECONDS - 1), ...failures(MAX_FAILURES - 1, () => now - 1)];
    expect(decideLogin(mixed, now).allowed).toBe(true);
  });
});
