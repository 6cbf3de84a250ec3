import { describe, expect, it } from "vitest";
import { fields } from "./decode.ts";
import { formatAverage, parseRatings, ratingSeries } from "./ratingReport.ts";

const answer = {
  ratings: {
    count: 3,
    average: 3.67,
    days: [{ date: "2026-03-02", count: 3, average: 3.67 }],
    teams: [{ id: "4", name: "Support", count: 3, average: 3.67, days: [{ date: "2026-03-02", count: 3, average: 3.67 }] }],
    admins: [{ id: "9", name: null, count: 0, average: null, days: [] }],
  },
};

describe("parseRatings", () => {
  it("reads the overall figures and each team's and admin's, naming deleted ones by id", () => {
    const section = parseRatings(fields(answer));
    expect(section?.all).toMatchObject({ key: "all", count: 3, average: 3.67 });
    expect(section?.teams[0]).toMatchObject({ key: "team:4", label: "Support", count: 3 });
    expect(section?.admins[0]).toEqual({ key: "admin:9", label: "Admin #9", count: 0, average: null, days: [] });
  });

  it("is null for an answer without ratings", () => {
    expect(parseRatings(fields({ days: [] }))).toBeNull();
  });
});

describe("ratingSeries", () => {
  it("gives every date a count and days without ratings no average", () => {
    const section = parseRatings(fields(answer));
    expect(section && ratingSeries(section.all, ["2026-03-01", "2026-03-02"])).toEqual({ counts: [0, 3], averages: [null, 3.67] });
  });
});

describe("formatAverage", () => {
  it("shows up to two decimals out of 5, or a dash", () => {
    expect(formatAverage(4.25)).toBe("4.25 / 5");
    expect(formatAverage(4)).toBe("4 / 5");
    expect(formatAverage(3.5)).toBe("3.5 / 5");
    expect(formatAverage(null)).toBe("—");
  });
});
