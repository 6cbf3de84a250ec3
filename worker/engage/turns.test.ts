import { describe, expect, it } from "vitest";
import { fairShare, remaining, spent, turnOrder } from "./turns.ts";

const budget = { pageSize: 500, maxDeliveries: 400, maxMillis: 45_000 };

describe("turnOrder", () => {
  it("serves never-served workspaces first, then the one served longest ago", () => {
    expect(turnOrder([{ workspaceId: 3, servedAt: 100 }, { workspaceId: 1, servedAt: 200 }, { workspaceId: 7, servedAt: null }, { workspaceId: 2, servedAt: 100 }])).toEqual([7, 2, 3, 1]);
  });
});

describe("fairShare", () => {
  it("splits deliveries and time evenly, never to nothing", () => {
    expect(fairShare(budget, 4)).toEqual({ pageSize: 500, maxDeliveries: 100, maxMillis: 11_250 });
    expect(fairShare(budget, 1000).maxDeliveries).toBe(1);
    expect(fairShare(budget, 0)).toEqual(budget);
  });
});

describe("remaining", () => {
  it("is what a run has left, never below zero", () => {
    expect(remaining(budget, 150, 5_000)).toEqual({ pageSize: 500, maxDeliveries: 250, maxMillis: 40_000 });
    expect(remaining(budget, 900, 90_000)).toEqual({ pageSize: 500, maxDeliveries: 0, maxMillis: 0 });
  });
});

describe("spent", () => {
  it("is true once deliveries or time run out", () => {
    expect(spent(budget)).toBe(false);
    expect(spent(remaining(budget, 400, 0))).toBe(true);
    expect(spent(remaining(budget, 0, 45_000))).toBe(true);
  });
});
