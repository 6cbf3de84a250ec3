import { request } from "./api.ts";
import { fields, type Fields } from "./decode.ts";
import { parseRatings, type RatingsSection } from "./ratingReport.ts";

// The reports endpoint's figures, and how durations read in the UI.
export interface Report {
  days: Array<{ date: string; opened: number; closed: number }>;
  medianFirstResponse: number | null;
  medianTimeToClose: number | null;
  teams: Array<{ teamId: string | null; name: string; opened: number; closed: number; medianFirstResponse: number | null }>;
  ratings: RatingsSection | null;
}

function optNum(f: Fields, key: string): number | null {
  const value = f.raw(key);
  return value === null || value === undefined ? null : f.num(key);
}

export function parseReport(payload: unknown): Report {
  const root = fields(payload);
  return {
    days: root.list("days", (d) => ({ date: d.str("date"), opened: d.num("opened"), closed: d.num("closed") })),
    medianFirstResponse: optNum(root, "median_first_response_seconds"),
    medianTimeToClose: optNum(root, "median_time_to_close_seconds"),
    teams: root.list("teams", (t) => ({
      teamId: t.raw("team_id") === null || t.raw("team_id") === undefined ? null : t.id("team_id"),
      name: t.str("name"),
      opened: t.num("opened"),
      closed: t.num("closed"),
      medianFirstResponse: optNum(t, "median_first_response_seconds"),
    })),
    ratings: parseRatings(root),
  };
}

export async function fetchReport(days: number, signal: AbortSignal): Promise<Report> {
  const report = await request("GET", `/admin/api/reports?days=${days}`, parseReport, { signal });
  return { ...report, days: fillDays(report.days, days, new Date().toISOString().slice(0, 10)) };
}

const DAY_MS = 86_400_000;

/**
 * Days without conversations may be missing from the answer; the chart needs every day of the
 * period (`count` days up to `today`, UTC calendar days), and any day the server sent besides.
 */
export function fillDays(days: Report["days"], count: number, today: string): Report["days"] {
  const byDate = new Map(days.map((d) => [d.date, d]));
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const sent = days.map((d) => Date.parse(`${d.date}T00:00:00Z`)).filter((t) => !Number.isNaN(t));
  const start = Math.min(todayMs - (count - 1) * DAY_MS, ...sent);
  const end = Math.max(todayMs, ...sent);
  const filled: Report["days"] = [];
  for (let t = start; t <= end && filled.length < 400; t += DAY_MS) {
    const date = new Date(t).toISOString().slice(0, 10);
    filled.push(byDate.get(date) ?? { date, opened: 0, closed: 0 });
  }
  return filled;
}

/** "45 s", "12 min", "3 h 5 min", "2 d 4 h"; an em dash when there is no data. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return "—";
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const minutes = Math.round(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

/** "2026-11-25" → "Nov 25", without time-zone shifts (the date is a calendar day). */
export function shortDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][Number(match[2]) - 1];
  return month ? `${month} ${Number(match[3])}` : date;
}
