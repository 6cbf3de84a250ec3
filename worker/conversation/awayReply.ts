import { whenText } from "../../shared/officeHours/replyText.ts";
import { officeStatus } from "../../shared/officeHours/schedule.ts";
import { isTimeZone } from "../../shared/officeHours/zoned.ts";
import type { AwayInput, NewPart } from "../durable/types.ts";

// The automatic reply to a conversation started outside office hours (issue 13 item 6): said
// once, by the room, when the conversation starts; the team's own hours win over the workspace's.
export const AWAY_AUTHOR = { type: "bot", id: "office_hours", name: null } as const;

export function awayReply(away: AwayInput, teamId: number | null, now: number): NewPart | null {
  const hours = (teamId === null ? undefined : away.schedules.teams[String(teamId)]) ?? away.schedules.workspace;
  if (!hours) return null;
  const status = officeStatus(hours, now);
  if (status.open) return null;
  // On the visitor's clock when the messenger told us theirs, else on the office's, saying so.
  const visitorZone = away.timeZone && isTimeZone(away.timeZone) ? away.timeZone : null;
  const when =
    status.next_open_at === null
      ? null
      : visitorZone
        ? whenText(status.next_open_at, now, visitorZone)
        : `${whenText(status.next_open_at, now, hours.timezone)} (${hours.timezone} time)`;
  const lines = [
    when
      ? `Thanks for your message! We're away right now and will be back ${when}; we'll answer you then.`
      : "Thanks for your message! We're away right now and will answer as soon as we're back.",
  ];
  if (!away.hasEmail) lines.push("Leave your email below and we'll let you know there when we reply.");
  return { clientId: "office-hours", partType: "comment", author: AWAY_AUTHOR, body: lines.join("\n\n"), createdAt: now };
}
