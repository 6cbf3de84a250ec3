import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, retryDelay } from "./backoff.ts";

describe("retryDelay", () => {
  it("retries the first failure within a minute", () => {
    const first = retryDelay(1);
    expect(first).not.toBeNull();
    expect(first).toBeLessThanOrEqual(60);
  });

  it("waits longer after each failure and allows at least five attempts", () => {
    const delays = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => retryDelay(i + 1));
    expect(MAX_ATTEMPTS).toBeGreaterThanOrEqual(5);
    expect(delays.every((d) => d !== null)).toBe(true);
    for (let i = 1; i < delays.length; i++) expect(delays[i] ?? 0).toBeGreaterThan(delays[i - 1] ?? 0);
  });

  it("gives up after the last attempt", () => {
    expect(retryDelay(MAX_ATTEMPTS)).toBeNull();
  });
});
