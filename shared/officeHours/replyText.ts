import type { ReplyTime } from "./types.ts";
import { DAY_MS, wallTime } from "./zoned.ts";

// The sentences the messenger and the automatic reply say about when the team answers.
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const REPLY: Record<ReplyTime, string> = { minutes: "in a few minutes", hours: "in a few hours", day: "in a day" };

export function replyTimeSentence(replyTime: ReplyTime): string {
  return `We usually reply ${REPLY[replyTime]}`;
}

/** "today at 9:00", "tomorrow at 13:30" or "Monday at 9:00", on the clock of `timeZone`. */
export function whenText(at: number, now: number, timeZone: string): string {
  const then = wallTime(at * 1000, timeZone);
  const days = Math.round((then.date - wallTime(now * 1000, timeZone).date) / DAY_MS);
  const day = days === 0 ? "today" : days === 1 ? "tomorrow" : WEEKDAYS[then.weekday];
  return `${day} at ${Math.floor(then.minutes / 60)}:${String(then.minutes % 60).padStart(2, "0")}`;
}

/** Outside office hours: "We'll be back Monday at 9:00", or "soon" when no opening is set. */
export function backSentence(nextOpenAt: number | null, now: number, timeZone: string): string {
  return nextOpenAt === null ? "We'll be back soon" : `We'll be back ${whenText(nextOpenAt, now, timeZone)}`;
}
