import { describe, expect, it } from "vitest";
import { ratingsReport, type RatingDayRow } from "./ratingsReport.ts";

const row = (date: string, adminId: number | null, teamId: number | null, ratings: number[]): RatingDayRow => ({
  date,
  adminId,
  teamId,
  count: ratings.length,
  total: ratings.reduce((a, b) => a + b, 0),
});

describe("ratingsReport", () => {
  const rows = [row("2026-03-02", 1, 10, [5, 4]), row("2026-03-01", 2, 10, [1]), row("2026-03-02", null, null, [3])];
  const report = ratingsReport(rows, [{ id: 10, name: "Support" }, { id: 11, name: "Sales" }], [{ id: 1, name: "Ada" }, { id: 2, name: "Bob" }]);

  it("counts and averages every rating, per day in date order", () => {
    expect(report).toMatchObject({ count: 4, average: 3.25 });
    expect(report.days).toEqual([
      { date: "2026-03-01", count: 1, average: 1 },
      { date: "2026-03-02", count: 3, average: 4 },
    ]);
  });

  it("gives each team its own count, average and days, and teams without ratings none", () => {
    expect(report.teams).toEqual([
      { id: "10", name: "Support", count: 3, average: 3.33, days: [{ date: "2026-03-01", count: 1, average: 1 }, { date: "2026-03-02", count: 2, average: 4.5 }] },
      { id: "11", name: "Sales", count: 0, average: null, days: [] },
    ]);
  });

  it("gives each admin the ratings of the conversations they had at close", () => {
    expect(report.admins.map((a) => [a.name, a.count, a.average])).toEqual([
      ["Ada", 2, 4.5],
      ["Bob", 1, 1],
    ]);
  });

  it("keeps ratings of an admin deleted since, without a name", () => {
    const gone = ratingsReport([row("2026-03-01", 9, null, [2])], [], []);
    expect(gone.admins).toEqual([{ id: "9", name: null, count: 1, average: 2, days: [{ date: "2026-03-01", count: 1, average: 2 }] }]);
  });

  it("has no average without ratings", () => {
    expect(ratingsReport([], [], [])).toEqual({ count: 0, average: null, days: [], teams: [], admins: [] });
  });
});
