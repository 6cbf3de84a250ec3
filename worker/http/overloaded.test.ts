import { describe, expect, it } from "vitest";
import { isOverloaded, overloadedResponse, retryAfterSeconds } from "./overloaded.ts";

describe("isOverloaded", () => {
  it("recognises workerd's overloaded error by its flag, not by its message", () => {
    const overloaded = Object.assign(new Error("Durable Object is overloaded. Requests queued for too long."), { overloaded: true });
    expect(isOverloaded(overloaded)).toBe(true);
    expect(isOverloaded(new Error("Durable Object is overloaded."))).toBe(false);
    expect(isOverloaded({ overloaded: true })).toBe(false);
  });
});

describe("retryAfterSeconds", () => {
  it("spreads clients between 5 and 15 seconds", () => {
    expect([0, 0.5, 0.9999, 7, -1].map(retryAfterSeconds)).toEqual([5, 10, 15, 15, 5]);
  });
});

describe("overloadedResponse", () => {
  it("answers 503 with Retry-After and the error.list shape", async () => {
    const res = overloadedResponse("req1", 0);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(await res.json()).toEqual({ type: "error.list", request_id: "req1", errors: [{ code: "service_unavailable", message: "This conversation is busy; try again in a few seconds." }] });
  });
});
