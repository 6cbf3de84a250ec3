// Snooze choices as Intercom offers them, computed in the admin's local time zone.
export interface SnoozeChoice {
  label: string;
  until: number;
}

export function snoozeChoices(now: Date): SnoozeChoice[] {
  const at = (d: Date) => Math.floor(d.getTime() / 1000);
  const inHour = new Date(now.getTime() + 3600_000);
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9, 0, 0);
  // Next Monday, 9:00; a week ahead when today is Monday.
  const daysToMonday = ((8 - now.getDay()) % 7) || 7;
  const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() + daysToMonday, 9, 0, 0);
  return [
    { label: "In 1 hour", until: at(inHour) },
    { label: "Tomorrow, 9:00", until: at(tomorrow) },
    { label: "Next Monday, 9:00", until: at(monday) },
  ];
}

/** `<input type="datetime-local">` value in local time, or null when empty or not in the future. */
export function parseLocalDateTime(value: string, now: Date): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const date = new Date(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0);
  return date.getTime() > now.getTime() ? Math.floor(date.getTime() / 1000) : null;
}

export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
