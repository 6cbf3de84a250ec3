import { DAYS, minutesOf, type OfficeHours } from "./types.ts";
import { DAY_MS, instantAt, wallTime, weekdayOf } from "./zoned.ts";

// Whether the team is in now and when it next comes in, read off the office's own wall clock, so
// that "09:00" means nine o'clock there in winter and in summer alike.

export interface OfficeStatus {
  open: boolean;
  /** Unix seconds of the next opening when closed; null when open or never open. */
  next_open_at: number | null;
}

export function isOpen(hours: OfficeHours, at: number): boolean {
  const now = wallTime(at * 1000, hours.timezone);
  return hours.intervals.some((i) => DAYS.indexOf(i.day) === now.weekday && minutesOf(i.open) <= now.minutes && now.minutes < minutesOf(i.close));
}

/** The first opening strictly after `at` (unix seconds), looking a full week ahead. */
export function nextOpening(hours: OfficeHours, at: number): number | null {
  const now = at * 1000;
  const today = wallTime(now, hours.timezone).date;
  // Eight local dates: today's later openings, then the next seven days (the same weekday included).
  for (let k = 0; k <= 7; k++) {
    const date = today + k * DAY_MS;
    const starts = hours.intervals
      .filter((i) => DAYS.indexOf(i.day) === weekdayOf(date))
      .map((i) => instantAt(date + minutesOf(i.open) * 60_000, hours.timezone))
      .filter((t) => t > now);
    if (starts.length > 0) return Math.floor(Math.min(...starts) / 1000);
  }
  return null;
}

export function officeStatus(hours: OfficeHours, at: number): OfficeStatus {
  return isOpen(hours, at) ? { open: true, next_open_at: null } : { open: false, next_open_at: nextOpening(hours, at) };
}
