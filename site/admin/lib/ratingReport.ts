import type { Fields } from "./decode.ts";

// The reports' ratings: count and average per day, overall and per team and per admin (as the
// Worker's worker/admin/ratingsReport.ts computes them), and the series a chart needs.
export interface RatingDay {
  date: string;
  count: number;
  average: number | null;
}

export interface RatingGroup {
  key: string;
  label: string;
  count: number;
  average: number | null;
  days: RatingDay[];
}

export interface RatingsSection {
  all: RatingGroup;
  teams: RatingGroup[];
  admins: RatingGroup[];
}

function optNum(f: Fields, key: string): number | null {
  const value = f.raw(key);
  return value === null || value === undefined ? null : f.num(key);
}

const dayOf = (d: Fields): RatingDay => ({ date: d.str("date"), count: d.num("count"), average: optNum(d, "average") });

function groupOf(kind: "team" | "admin", g: Fields): RatingGroup {
  const id = g.id("id");
  const label = g.optStr("name") ?? (kind === "team" ? `Team #${id}` : `Admin #${id}`);
  return { key: `${kind}:${id}`, label, count: g.num("count"), average: optNum(g, "average"), days: g.list("days", dayOf) };
}

/** The `ratings` part of the reports answer; null from a server that has none. */
export function parseRatings(root: Fields): RatingsSection | null {
  const r = root.optObj("ratings");
  if (!r) return null;
  return {
    all: { key: "all", label: "All conversations", count: r.num("count"), average: optNum(r, "average"), days: r.list("days", dayOf) },
    teams: r.list("teams", (t) => groupOf("team", t)),
    admins: r.list("admins", (a) => groupOf("admin", a)),
  };
}

/** One entry per date of `dates`: the group's ratings that day, or none (count 0, no average). */
export function ratingSeries(group: RatingGroup, dates: readonly string[]): { counts: number[]; averages: Array<number | null> } {
  const byDate = new Map(group.days.map((d) => [d.date, d]));
  return {
    counts: dates.map((date) => byDate.get(date)?.count ?? 0),
    averages: dates.map((date) => byDate.get(date)?.average ?? null),
  };
}

/** "4.25 / 5", or an em dash without ratings. */
export function formatAverage(average: number | null): string {
  return average === null ? "—" : `${average.toFixed(2).replace(/\.?0+$/, "")} / 5`;
}
