import { describe, expect, it } from "vitest";
import { funnelSteps, goalRate } from "./engageCampaigns.ts";

describe("funnelSteps", () => {
  it("runs from enrolled through each message to goal reached", () => {
    const stats = { enrolled: 10, active: 4, goalReached: 3, completed: 2, exited: 1, messages: [{ index: 0, sent: 9 }, { index: 1, sent: 5 }], days: [] };
    expect(funnelSteps(stats, ["Welcome", "Tips"])).toEqual([
      { label: "Enrolled", value: 10 },
      { label: "1. Welcome", value: 9 },
      { label: "2. Tips", value: 5 },
      { label: "Goal reached", value: 3 },
    ]);
  });
});

describe("goalRate", () => {
  it("is a percentage of the enrolled, and a dash before anyone enrolled", () => {
    expect(goalRate({ enrolled: 8, goalReached: 2 })).toBe("25%");
    expect(goalRate({ enrolled: 0, goalReached: 0 })).toBe("—");
  });
});
