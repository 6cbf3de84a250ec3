import { backSentence, replyTimeSentence } from "../../../../shared/officeHours/replyText.ts";
import type { BootSession } from "../../loader/types.ts";

// The Home's line about the team: the reply time while office hours are on, else when the team is
// back, on the visitor's own clock.
export function expectedReply(hours: BootSession["office_hours"], now: number, timeZone: string): string {
  return hours.open ? replyTimeSentence(hours.reply_time) : backSentence(hours.next_open_at, now, timeZone);
}

/** "Ada is online", "Ada and Alan are online", "Ada, Alan and 2 more are online"; null when nobody is. */
export function onlineText(team: BootSession["team"]): string | null {
  const names = team.filter((a) => a.online).map((a) => a.name);
  if (names.length === 0) return null;
  if (names.length === 1) return `${names[0]} is online`;
  const shown = names.length > 3 ? [...names.slice(0, 2), `${names.length - 2} more`] : names;
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]} are online`;
}

// Dark enough for white initials at 4.5:1 or more.
const FACE_COLORS = ["#4338ca", "#0f766e", "#b45309", "#be123c", "#1d4ed8", "#7e22ce"];

/** A stable colour per admin, so a face looks the same on every visit. */
export function faceColor(id: string): string {
  let sum = 0;
  for (const char of id) sum = (sum * 31 + (char.codePointAt(0) ?? 0)) % 9973;
  return FACE_COLORS[sum % FACE_COLORS.length] ?? "#4338ca";
}
