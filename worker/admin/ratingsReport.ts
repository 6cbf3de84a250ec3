// The ratings section of the reports: count and average per day, overall and per team and per
// admin (the assignees when the conversation was closed), from SQL's per-(day, admin, team) sums
// (db/ratings.ts ratingsPerDay, which answers this shape).

export interface RatingDayRow {
  date: string;
  adminId: number | null;
  teamId: number | null;
  count: number;
  total: number;
}

export interface RatingDay {
  date: string;
  count: number;
  average: number | null;
}

export interface RatingGroup {
  id: string;
  name: string | null;
  count: number;
  average: number | null;
  days: RatingDay[];
}

export interface RatingsReport {
  count: number;
  average: number | null;
  days: RatingDay[];
  teams: RatingGroup[];
  admins: RatingGroup[];
}

const averageOf = (count: number, total: number) => (count === 0 ? null : Math.round((total / count) * 100) / 100);

function summarise(rows: readonly RatingDayRow[]): Omit<RatingGroup, "id" | "name"> {
  const byDate = new Map<string, { count: number; total: number }>();
  for (const row of rows) {
    const day = byDate.get(row.date) ?? { count: 0, total: 0 };
    byDate.set(row.date, { count: day.count + row.count, total: day.total + row.total });
  }
  const days = [...byDate].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, d]) => ({ date, count: d.count, average: averageOf(d.count, d.total) }));
  const count = rows.reduce((sum, r) => sum + r.count, 0);
  return { count, average: averageOf(count, rows.reduce((sum, r) => sum + r.total, 0)), days };
}

/** Every named team or admin, and any other id that has ratings (deleted since: no name). */
function groups(rows: readonly RatingDayRow[], key: "teamId" | "adminId", named: readonly { id: number; name: string | null }[]): RatingGroup[] {
  const ids = new Set([...named.map((n) => n.id), ...rows.flatMap((r) => (r[key] === null ? [] : [r[key]]))]);
  return [...ids].map((id) => ({
    id: String(id),
    name: named.find((n) => n.id === id)?.name ?? null,
    ...summarise(rows.filter((r) => r[key] === id)),
  }));
}

export function ratingsReport(rows: readonly RatingDayRow[], teams: readonly { id: number; name: string }[], admins: readonly { id: number; name: string | null }[]): RatingsReport {
  return { ...summarise(rows), teams: groups(rows, "teamId", teams), admins: groups(rows, "adminId", admins) };
}
