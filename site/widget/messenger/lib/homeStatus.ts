import { format } from "../../../../shared/i18n/language.ts";
import type { Messages } from "../../../../shared/i18n/messages.ts";
import { DAY_MS, wallTime } from "../../../../shared/officeHours/zoned.ts";
import type { BootSession } from "../../loader/types.ts";

// The Home's line about the team, in the reader's language: the reply time while office hours are
// on, else when the team is back, on the visitor's own clock. The automatic reply's English words
// for the same (shared/officeHours/replyText.ts) stay with the Worker.
const REPLY = { minutes: "replyMinutes", hours: "replyHours", day: "replyDay" } as const;

export function expectedReply(hours: BootSession["office_hours"], now: number, timeZone: string, t: Messages): string {
  if (hours.open) return t[REPLY[hours.reply_time]];
  return hours.next_open_at === null ? t.backSoon : format(t.backAt, { when: whenText(hours.next_open_at, now, timeZone, t) });
}

/** "today at 9:00", "tomorrow at 13:30" or "Monday at 9:00", on the clock of `timeZone`. */
function whenText(at: number, now: number, timeZone: string, t: Messages): string {
  const then = wallTime(at * 1000, timeZone);
  const days = Math.round((then.date - wallTime(now * 1000, timeZone).date) / DAY_MS);
  const time = `${Math.floor(then.minutes / 60)}:${String(then.minutes % 60).padStart(2, "0")}`;
  if (days === 0) return format(t.whenToday, { time });
  if (days === 1) return format(t.whenTomorrow, { time });
  // `then.date` is the wall-clock day as a UTC instant: its weekday, named in the catalogue's language.
  return format(t.whenWeekday, { time, day: new Intl.DateTimeFormat(t.lang, { weekday: "long", timeZone: "UTC" }).format(then.date) });
}

/** "Ada is online", "Ada and Alan are online", "Ada, Alan and 2 more are online"; null when nobody is. */
export function onlineText(team: BootSession["team"], t: Messages): string | null {
  const names = team.filter((a) => a.online).map((a) => a.name);
  if (names.length === 0) return null;
  if (names.length === 1) return format(t.onlineOne, { name: names[0] ?? "" });
  const shown = names.length > 3 ? [...names.slice(0, 2), format(t.onlineMore, { n: names.length - 2 })] : names;
  return format(t.onlineMany, { names: shown.slice(0, -1).join(", "), last: shown[shown.length - 1] ?? "" });
}

// Dark enough for white initials at 4.5:1 or more.
const FACE_COLORS = ["#4338ca", "#0f766e", "#b45309", "#be123c", "#1d4ed8", "#7e22ce"];

/** A stable colour per admin, so a face looks the same on every visit. */
export function faceColor(id: string): string {
  let sum = 0;
  for (const char of id) sum = (sum * 31 + (char.codePointAt(0) ?? 0)) % 9973;
  return FACE_COLORS[sum % FACE_COLORS.length] ?? "#4338ca";
}
