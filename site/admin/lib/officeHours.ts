import { request } from "./api.ts";
import { fields, type Fields } from "./decode.ts";

// Office hours over the REST API (CONTRACT §7), for the workspace or, with a team id, one team.
export const DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
export const REPLY_TIMES = ["minutes", "hours", "day"] as const;
export type Day = (typeof DAYS)[number];
export type ReplyTime = (typeof REPLY_TIMES)[number];

export interface Interval {
  day: Day;
  open: string;
  close: string;
}

export interface OfficeHours {
  timezone: string;
  intervals: Interval[];
  replyTime: ReplyTime;
  /** A team following the workspace's hours, or a workspace with none set. */
  inherited: boolean;
}

const oneOf = <T extends string>(f: Fields, key: string, values: readonly T[]): T => values.find((v) => v === f.raw(key)) ?? f.fail(key, values.join(" | "));

function parse(payload: unknown): OfficeHours {
  const root = fields(payload);
  return {
    timezone: root.str("timezone"),
    intervals: root.list("intervals", (i) => ({ day: oneOf(i, "day", DAYS), open: i.str("open"), close: i.str("close") })),
    replyTime: oneOf(root, "reply_time", REPLY_TIMES),
    inherited: root.raw("inherited") === true,
  };
}

const path = (teamId: string | null) => (teamId === null ? "/api/office_hours" : `/api/office_hours?team_id=${encodeURIComponent(teamId)}`);

export function getOfficeHours(teamId: string | null, signal: AbortSignal): Promise<OfficeHours> {
  return request("GET", path(teamId), parse, { signal });
}

export function saveOfficeHours(teamId: string | null, hours: Omit<OfficeHours, "inherited">): Promise<OfficeHours> {
  return request("PUT", path(teamId), parse, { body: { timezone: hours.timezone, intervals: hours.intervals, reply_time: hours.replyTime } });
}

/** A team goes back to the workspace's hours; the workspace back to open around the clock. */
export function resetOfficeHours(teamId: string | null): Promise<OfficeHours> {
  return request("DELETE", path(teamId), parse);
}

/** `<input type="time">` cannot say 24:00: a close at 00:00 means midnight at the end of the day. */
export const closeForInput = (close: string) => (close === "24:00" ? "00:00" : close);
export const closeFromInput = (value: string) => (value === "00:00" ? "24:00" : value);
