import { describe, expect, it } from "vitest";
import { checkView, duplicateDeliveries, memoryGrowth, missingDeliveries } from "./verify.mjs";

const body = (sender: string, n: number) => `soak ${sender} n${n} t1.0`;

describe("checkView", () => {
  it("passes a view holding each message once in send order, whatever else it holds", () => {
    expect(checkView(["v1#0", "v1#1", "a1#0"], [body("v1", 0), "assigned", body("a1", 0), `<p>${body("v1", 1)}</p>`])).toEqual({ lost: 0, duplicated: 0, outOfOrder: 0 });
  });

  it("counts a missing message, a doubled one and one out of its sender's order", () => {
    expect(checkView(["v1#0", "v1#1", "v1#2"], [body("v1", 1), body("v1", 0), body("v1", 1)])).toEqual({ lost: 1, duplicated: 1, outOfOrder: 1 });
  });
});

describe("duplicateDeliveries", () => {
  it("counts a second delivery of one campaign message to one contact, not the campaign's next message", () => {
    const d = (index: number) => ({ contact_id: "7", auto_message_id: null, campaign_id: "3", campaign_message_index: index, manual_message_id: null });
    expect(duplicateDeliveries([d(0), d(1)])).toBe(0);
    expect(duplicateDeliveries([d(0), d(1), d(0)])).toBe(1);
  });
});

describe("missingDeliveries", () => {
  it("counts the expected contacts that no matching delivery reached", () => {
    const rows = [{ contact_id: "1", auto_message_id: "5" }, { contact_id: "2", auto_message_id: "6" }];
    expect(missingDeliveries(rows, ["1", "2", "3"], (d: { auto_message_id: string }) => d.auto_message_id === "5")).toBe(2);
  });
});

describe("memoryGrowth", () => {
  it("compares the medians of the first and last three samples of the run's last two thirds", () => {
    const samples = [300, 100, 100, 100, 100, 100, 100, 111, 111, 111].map((rssMb, i) => ({ t: i * 10, rssMb }));
    expect(memoryGrowth(samples)).toBeCloseTo(0.11);
  });

  it("measures the figure it is given", () => {
    const samples = Array.from({ length: 12 }, (_, i) => ({ t: i * 10, rssMb: 100, proxyMb: 50 + i }));
    expect(memoryGrowth(samples, 1 / 2, "proxyMb")).toBeCloseTo(3 / 57);
    expect(memoryGrowth(samples, 1 / 2)).toBe(0);
  });

  it("ignores one outlier sample at either end of the window", () => {
    const samples = [100, 100, 100, 100, 500, 100, 100, 100, 100, 100].map((rssMb, i) => ({ t: i * 10, rssMb }));
    expect(memoryGrowth(samples)).toBe(0);
  });
});
