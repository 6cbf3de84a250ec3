import { describe, expect, it } from "vitest";
import { decideRate, windowStartOf } from "./rateLimit.ts";

describe("windowStartOf", () => {
  it("rounds down to the start of the minute", () => {
    expect(windowStartOf(1_000_059)).toBe(1_000_020);
    expect(windowStartOf(1_000_020)).toBe(1_000_020);
  });
});

describe("decideRate", () => {
  it("allows up to the limit within a window", () => {
    expect(decideRate(60, 1_000_030, 60)).toEqual({ allowed: true, retryAfterSeconds: 0 });
  });

  it("refuses past the limit until the window ends", () => {
    expect(decideRate(61, 1_000_030, 60)).toEqual({ allowed: false, retryAfterSeconds: 50 });
    expect(decideRate(99, 1_000_079, 60)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });
});

describe("decideRate with hourly windows", () => {
  it("refuses the hit past the limit until the hour ends", () => {
    const now = 3600 * 500 + 1200;
    expect(windowStartOf(now, 3600)).toBe(3600 * 500);
    expect(decideRate(20, now, 20, 3600).allowed).toBe(true);
    expect(decideRate(21, now, 20, 3600)).toEqual({ allowed: false, retryAfterSeconds: 2400 });
  });
});
