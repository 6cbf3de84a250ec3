import { describe, expect, it } from "vitest";
import { instantAt, isTimeZone, wallTime } from "./zoned.ts";

const utc = (iso: string) => Date.parse(`${iso}Z`);

describe("wallTime", () => {
  it("reads the weekday and the minutes after midnight on the zone's clock", () => {
    expect(wallTime(utc("2024-01-15T08:00:00"), "Europe/Paris")).toEqual({ date: utc("2024-01-15T00:00:00"), weekday: 0, minutes: 9 * 60 });
    expect(wallTime(utc("2024-07-15T07:00:00"), "Europe/Paris").minutes).toBe(9 * 60);
  });

  it("moves to the previous local date west of UTC", () => {
    expect(wallTime(utc("2024-01-15T03:00:00"), "America/New_York")).toMatchObject({ weekday: 6, minutes: 22 * 60 });
  });
});

describe("instantAt", () => {
  it("finds the instant of a wall time in winter and in summer", () => {
    expect(instantAt(utc("2024-01-15T09:00:00"), "Europe/Paris")).toBe(utc("2024-01-15T08:00:00"));
    expect(instantAt(utc("2024-07-15T09:00:00"), "Europe/Paris")).toBe(utc("2024-07-15T07:00:00"));
  });

  it("answers the moment the clocks jump for a time the spring change skips", () => {
    expect(instantAt(utc("2024-03-31T02:30:00"), "Europe/Paris")).toBe(utc("2024-03-31T01:00:00"));
  });

  it("answers the earlier of the two instants for a time the autumn change repeats", () => {
    expect(instantAt(utc("2024-10-27T02:30:00"), "Europe/Paris")).toBe(utc("2024-10-27T00:30:00"));
  });

  it("handles zones with half-hour offsets", () => {
    expect(instantAt(utc("2024-05-06T09:00:00"), "Asia/Kolkata")).toBe(utc("2024-05-06T03:30:00"));
  });
});

describe("isTimeZone", () => {
  it("accepts IANA names and refuses anything else", () => {
    expect(isTimeZone("Europe/Paris")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
  });
});
