// Wall-clock arithmetic in an IANA time zone with nothing but Intl: what a clock there reads at
// an instant, and the instant at which it reads a given time (DST gaps and repeats included).
const MINUTE = 60_000;
export const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let known = formatters.get(timeZone);
  if (!known) {
    known = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
    formatters.set(timeZone, known);
  }
  return known;
}

export function isTimeZone(name: string): boolean {
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}

/** The zone's wall-clock reading at an instant, written as if it were a UTC time (ms). */
export function wallMs(instant: number, timeZone: string): number {
  const parts = formatter(timeZone).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const ms = ((instant % 1000) + 1000) % 1000;
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour") % 24, get("minute"), get("second")) + ms;
}

export interface WallTime {
  /** The local date's midnight, as a UTC time (ms): dates step by DAY_MS. */
  date: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** Minutes after local midnight. */
  minutes: number;
}

export const weekdayOf = (date: number): number => (new Date(date).getUTCDay() + 6) % 7;

export function wallTime(instant: number, timeZone: string): WallTime {
  const wall = wallMs(instant, timeZone);
  const date = Math.floor(wall / DAY_MS) * DAY_MS;
  return { date, weekday: weekdayOf(date), minutes: Math.floor((wall - date) / MINUTE) };
}

/**
 * The first instant at which the zone's clock reads `local` (a wall time written as UTC ms): the
 * earlier one in an hour that repeats, and the moment the clocks jump in an hour that is skipped.
 */
export function instantAt(local: number, timeZone: string): number {
  // The offsets a day before and a day after: real zones change at most once within that span.
  const before = local - (wallMs(local - DAY_MS, timeZone) - (local - DAY_MS));
  const after = local - (wallMs(local + DAY_MS, timeZone) - (local + DAY_MS));
  const exact = [before, after].filter((t) => wallMs(t, timeZone) === local);
  if (exact.length > 0) return Math.min(...exact);
  let [low, high] = [Math.min(before, after), Math.max(before, after)];
  while (high - low > MINUTE) {
    const mid = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
    if (wallMs(mid, timeZone) >= local) high = mid;
    else low = mid;
  }
  return high;
}
