import { describe, expect, it } from "vitest";
import { decideAttempts } from "./attemptLimit.ts";

const NOW = 1_000_000;

describe("decideAttempts", () => {
  it("allows up to the maximum, this attempt included", () => {
    expect(decideAttempts(Array(10).fill(NOW), NOW, 10, 900).allowed).toBe(true);
    expect(decideAttempts(Array(11).fill(NOW), NOW, 10, 900).allowed).toBe(false);
  });

  it("counts only attempts inside the window", () => {
    expect(decideAttempts([...Array(10).fill(NOW - 900), NOW], NOW, 10, 900).allowed).toBe(true);
  });

  it("says when enough old attempts leave the window", () => {
    const times = [NOW - 600, NOW - 300, NOW];
    expect(decideAttempts(times, NOW, 2, 900)).toEqual({ allowed: false, retryAfterSeconds: 600 });
  });
});
