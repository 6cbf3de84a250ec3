import { describe, expect, it } from "vitest";
import { isOpen, nextOpening, officeStatus } from "./schedule.ts";
import { DAYS, type Interval, type OfficeHours } from "./types.ts";

const at = (iso: string) => Date.parse(`${iso}Z`) / 1000;
const hours = (intervals: Interval[], timezone = "Europe/Paris"): OfficeHours => ({ timezone, intervals, reply_time: "hours" });
const weekdays = (open: string, close: string) => DAYS.slice(0, 5).map((day) => ({ day, open, close }));

describe("isOpen", () => {
  const office = hours(weekdays("09:00", "17:00"));

  it("is open from the opening minute up to, not including, the closing minute", () => {
    expect(isOpen(office, at("2024-01-15T07:59:00"))).toBe(false);
    expect(isOpen(office, at("2024-01-15T08:00:00"))).toBe(true);
    expect(isOpen(office, at("2024-01-15T15:59:00"))).toBe(true);
    expect(isOpen(office, at("2024-01-15T16:00:00"))).toBe(false);
  });

  it("follows the office's clock across daylight saving time", () => {
    expect(isOpen(office, at("2024-07-15T07:00:00"))).toBe(true);
    expect(isOpen(office, at("2024-07-15T15:30:00"))).toBe(false);
  });

  it("is closed at the weekend and with no intervals at all", () => {
    expect(isOpen(office, at("2024-01-13T10:00:00"))).toBe(false);
    expect(isOpen(hours([]), at("2024-01-15T10:00:00"))).toBe(false);
  });

  it("stays open across midnight when one day closes at 24:00 and the next opens at 00:00", () => {
    const night = hours([{ day: "monday", open: "22:00", close: "24:00" }, { day: "tuesday", open: "00:00", close: "06:00" }], "UTC");
    expect(isOpen(night, at("2024-01-15T23:30:00"))).toBe(true);
    expect(isOpen(night, at("2024-01-16T03:00:00"))).toBe(true);
    expect(isOpen(night, at("2024-01-16T06:00:00"))).toBe(false);
  });
});

describe("nextOpening", () => {
  it("opens later the same day, before the first interval", () => {
    expect(nextOpening(hours(weekdays("09:00", "17:00")), at("2024-01-15T06:00:00"))).toBe(at("2024-01-15T08:00:00"));
  });

  it("picks the second interval of a split day", () => {
    const split = hours([{ day: "monday", open: "09:00", close: "12:00" }, { day: "monday", open: "14:00", close: "18:00" }]);
    expect(nextOpening(split, at("2024-01-15T12:00:00"))).toBe(at("2024-01-15T13:00:00"));
  });

  it("wraps from Friday evening over the weekend to Monday, in summer time after the spring change", () => {
    expect(nextOpening(hours(weekdays("09:00", "17:00")), at("2024-03-29T17:00:00"))).toBe(at("2024-04-01T07:00:00"));
  });

  it("wraps from Sunday to Monday, the end of the week to its start", () => {
    expect(nextOpening(hours([{ day: "monday", open: "09:00", close: "17:00" }], "UTC"), at("2024-01-14T20:00:00"))).toBe(at("2024-01-15T09:00:00"));
  });

  it("waits a whole week when the only interval of the week has just closed", () => {
    expect(nextOpening(hours([{ day: "monday", open: "09:00", close: "17:00" }], "UTC"), at("2024-01-15T18:00:00"))).toBe(at("2024-01-22T09:00:00"));
  });

  it("opens when the clocks jump for an opening time the spring change skips", () => {
    expect(nextOpening(hours([{ day: "sunday", open: "02:30", close: "05:00" }]), at("2024-03-30T12:00:00"))).toBe(at("2024-03-31T01:00:00"));
  });

  it("has no next opening without intervals", () => {
    expect(nextOpening(hours([]), at("2024-01-15T10:00:00"))).toBeNull();
  });
});

describe("officeStatus", () => {
  it("gives the next opening only while closed", () => {
    const office = hours(weekdays("09:00", "17:00"));
    expect(officeStatus(office, at("2024-01-15T10:00:00"))).toEqual({ open: true, next_open_at: null });
    expect(officeStatus(office, at("2024-01-13T10:00:00"))).toEqual({ open: false, next_open_at: at("2024-01-15T08:00:00") });
  });
});
