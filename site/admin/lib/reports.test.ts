import { describe, expect, it } from "vitest";
import { fillDays, formatDuration, parseReport, shortDate } from "./reports.ts";

describe("formatDuration", () => {
  it("reads seconds, minutes, hours and days at a glance", () => {
    expect(formatDuration(45)).toBe("45 s");
    expect(formatDuration(12 * 60 + 10)).toBe("12 min");
    expect(formatDuration(3 * 3600 + 5 * 60)).toBe("3 h 5 min");
    expect(formatDuration(7200)).toBe("2 h");
    expect(formatDuration(2 * 86400 + 4 * 3600)).toBe("2 d 4 h");
  });

  it("shows a dash when there is nothing to measure", () => {
    expect(formatDuration(null)).toBe("—");
    expect(formatDuration(-1)).toBe("—");
  });
});

describe("shortDate", () => {
  it("formats a calendar day without a time zone and passes anything else through", () => {
    expect(shortDate("2026-11-05")).toBe("Nov 5");
    expect(shortDate("yesterday")).toBe("yesterday");
  });
});

describe("fillDays", () => {
  it("covers the whole period with zeros for quiet days, across month ends", () => {
    const filled = fillDays([{ date: "2026-10-31", opened: 2, closed: 0 }], 4, "2026-11-02");
    expect(filled.map((d) => `${d.date}:${d.opened}`)).toEqual(["2026-10-30:0", "2026-10-31:2", "2026-11-01:0", "2026-11-02:0"]);
    expect(fillDays([], 2, "2026-11-02").map((d) => d.date)).toEqual(["2026-11-01", "2026-11-02"]);
  });

  it("keeps days the server sent outside the period", () => {
    expect(fillDays([{ date: "2026-11-03", opened: 1, closed: 0 }], 1, "2026-11-02").map((d) => d.date)).toEqual(["2026-11-02", "2026-11-03"]);
  });
});

describe("parseReport", () => {
  it("reads the figures and refuses a malformed day", () => {
    const report = parseReport({
      days: [{ date: "2026-11-25", opened: 3, closed: 1 }],
      median_first_response_seconds: 90,
      median_time_to_close_seconds: null,
      teams: [{ team_id: 2, name: "Sales", opened: 2, closed: 1, median_first_response_seconds: null }],
    });
    expect(report).toEqual({
      days: [{ date: "2026-11-25", opened: 3, closed: 1 }],
      medianFirstResponse: 90,
      medianTimeToClose: null,
      teams: [{ teamId: "2", name: "Sales", opened: 2, closed: 1, medianFirstResponse: null }],
      ratings: null,
    });
    expect(() => parseReport({ days: [{ date: "x", opened: "3", closed: 1 }], teams: [] })).toThrow();
  });
});
