import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reduce, initialConversation } from "./reducer.ts";
import { reconnectDelay, reconnectPlan } from "./reconnect.ts";

describe("reconnectDelay", () => {
  it("doubles from half a second and stops growing at 15 s", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map((attempt) => reconnectDelay(attempt, 0.999999))).toEqual([500, 1000, 2000, 4000, 8000, 15000, 15000, 15000]);
  });

  it("spreads clients over the upper half of each step", () => {
    expect(reconnectDelay(0, 0)).toBe(250);
    expect(reconnectDelay(2, 0.5)).toBe(1500);
  });

  it("stays between half the step and the cap for any attempt and any random draw", () => {
    fc.assert(
      fc.property(fc.integer({ min: -3, max: 1000 }), fc.double({ min: 0, max: 1, noNaN: true }), (attempt, random) => {
        const delay = reconnectDelay(attempt, random);
        expect(delay).toBeGreaterThanOrEqual(250);
        expect(delay).toBeLessThanOrEqual(15_000);
      }),
    );
  });
});

describe("reconnectPlan", () => {
  it("resumes after the highest seq held", () => {
    const author = { type: "user" as const, id: "c", name: null };
    const part = (seq: number) => ({ seq, client_id: null, part_type: "comment" as const, author, body: "x", created_at: seq });
    let state = initialConversation("user");
    expect(reconnectPlan(state, 0, 1).after).toBe(0);
    state = reduce(reduce(state, { type: "part", conversation_id: "1", part: part(7) }), { type: "part", conversation_id: "1", part: part(3) });
    expect(reconnectPlan(state, 1, 1)).toEqual({ delayMs: 1000, after: 7 });
  });
});
