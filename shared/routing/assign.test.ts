import { describe, expect, it } from "vitest";
import { handOut, pickAdmin, type Candidate } from "./assign.ts";

const a = (adminId: number, open = 0, online = true, away = false): Candidate => ({ adminId, open, online, away });

describe("pickAdmin", () => {
  it("goes round robin in admin-id order after the last one assigned", () => {
    const team = [a(3), a(1), a(2)];
    expect(pickAdmin(team, 5, null)).toBe(1);
    expect(pickAdmin(team, 5, 1)).toBe(2);
    expect(pickAdmin(team, 5, 3)).toBe(1);
  });

  it("skips admins who are offline, away or at their cap", () => {
    expect(pickAdmin([a(1, 0, false), a(2, 0, true, true), a(3, 5), a(4, 4)], 5, null)).toBe(4);
  });

  it("returns nobody when everyone is away or full", () => {
    expect(pickAdmin([a(1, 0, true, true), a(2, 0, false)], 5, null)).toBeNull();
    expect(pickAdmin([a(1, 2), a(2, 2)], 2, null)).toBeNull();
    expect(pickAdmin([], 5, null)).toBeNull();
  });

  it("breaks ties in load by order, not by who is least busy", () => {
    expect(pickAdmin([a(1, 4), a(2, 0)], 5, null)).toBe(1);
  });
});

describe("handOut", () => {
  it("hands the queue out oldest first until capacity runs out", () => {
    const result = handOut([10, 11, 12, 13], [a(1, 1), a(2, 0)], 2, null);
    expect(result.assignments).toEqual([
      { conversationId: 10, adminId: 1 },
      { conversationId: 11, adminId: 2 },
      { conversationId: 12, adminId: 2 },
    ]);
    expect(result.lastAssigned).toBe(2);
  });

  it("hands out nothing while everyone is away", () => {
    expect(handOut([10], [a(1, 0, true, true)], 5, null).assignments).toEqual([]);
  });
});
