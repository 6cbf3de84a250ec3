import { describe, expect, it } from "vitest";
import { retryDelay } from "./http.ts";

const headers = (h: Record<string, string>) => new Headers(h);
const NOW = 1_700_000_000_000;

describe("retryDelay", () => {
  it("waits the seconds Retry-After names on a 429", () => {
    expect(retryDelay(429, headers({ "retry-after": "7" }), 0, NOW)).toBe(7000);
  });

  it("waits until Intercom's X-RateLimit-Reset second when there is no Retry-After", () => {
    expect(retryDelay(429, headers({ "x-ratelimit-reset": String(NOW / 1000 + 10) }), 0, NOW)).toBe(10_500);
  });

  it("backs off exponentially on a 429 without hints and on a 503, and gives up on a 503 after four tries", () => {
    expect(retryDelay(429, headers({}), 2, NOW)).toBe(4000);
    expect(retryDelay(503, headers({}), 1, NOW)).toBe(2000);
    expect(retryDelay(503, headers({}), 4, NOW)).toBeNull();
  });

  it("retries a refused connection but never a 400 or a 403", () => {
    expect(retryDelay(null, null, 0, NOW)).toBe(1000);
    expect(retryDelay(400, headers({}), 0, NOW)).toBeNull();
    expect(retryDelay(403, headers({}), 0, NOW)).toBeNull();
  });

  it("never waits more than five minutes", () => {
    expect(retryDelay(429, headers({ "retry-after": "86400" }), 0, NOW)).toBe(300_000);
  });
});
