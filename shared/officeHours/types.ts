import { z } from "zod";
import { isTimeZone } from "./zoned.ts";

// Office hours (CONTRACT §7): a weekly schedule in one IANA time zone and the reply time the
// messenger promises while it is open. Plain data, shared by the Worker and the messenger.
export const DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
export const REPLY_TIMES = ["minutes", "hours", "day"] as const;
export type Day = (typeof DAYS)[number];
export type ReplyTime = (typeof REPLY_TIMES)[number];

/** "HH:MM" on a 24-hour clock; "24:00" closes at the end of the day. */
const clock = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, "must be a time like 09:00");

export const interval = z.object({ day: z.enum(DAYS), open: clock, close: clock });
export type Interval = z.infer<typeof interval>;

/** At most four intervals a day: enough for split shifts, small enough to check quickly. */
export const MAX_INTERVALS = 28;

export const officeHours = z.object({
  timezone: z.string().min(1).max(64).refine(isTimeZone, "must be an IANA time zone such as Europe/Paris"),
  intervals: z
    .array(interval)
    .max(MAX_INTERVALS)
    .superRefine((list, ctx) => {
      const index = list.findIndex((i) => minutesOf(i.close) <= minutesOf(i.open));
      if (index >= 0) ctx.addIssue({ code: "custom", path: [index, "close"], message: "must be after open" });
    }),
  reply_time: z.enum(REPLY_TIMES),
});
export type OfficeHours = z.infer<typeof officeHours>;

/** Minutes after midnight of an "HH:MM" clock reading. */
export function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  return hours * 60 + minutes;
}

/** Where none are set, the team is open around the clock and replies in minutes. */
export const ALWAYS_OPEN: OfficeHours = {
  timezone: "UTC",
  intervals: DAYS.map((day) => ({ day, open: "00:00", close: "24:00" })),
  reply_time: "minutes",
};

/** Every schedule of a workspace: its own, if set, and each team's own, by team id. */
export interface Schedules {
  workspace: OfficeHours | null;
  teams: Record<string, OfficeHours>;
}
