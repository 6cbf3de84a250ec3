const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const absolute = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

export function formatRelative(unixSeconds: number, now = nowSeconds()): string {
  const diff = unixSeconds - now;
  // Sub-minute precision reads as noise in a list ("12 seconds ago").
  if (Math.abs(diff) < 60) return "just now";
  for (const [unit, size] of UNITS) {
    // The 0.95 lets 23h50m read as "yesterday" rather than "24 hours ago".
    if (Math.abs(diff) >= size * 0.95) return relative.format(Math.round(diff / size), unit);
  }
  return relative.format(Math.round(diff / 60), "minute");
}

export function formatAbsolute(unixSeconds: number): string {
  return absolute.format(new Date(unixSeconds * 1000));
}

export function toIso(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString();
}
