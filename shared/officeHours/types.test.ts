import { describe, expect, it } from "vitest";
import { minutesOf, officeHours } from "./types.ts";

describe("officeHours", () => {
  const valid = { timezone: "Europe/Paris", intervals: [{ day: "monday", open: "09:00", close: "24:00" }], reply_time: "hours" };

  it("accepts a schedule in an IANA zone, closing at 24:00", () => {
    expect(officeHours.safeParse(valid).success).toBe(true);
  });

  it("refuses an unknown zone, a bad clock, an interval that closes before it opens and an unknown day", () => {
    const issuePath = (value: unknown) => officeHours.safeParse(value).error?.issues[0]?.path.join(".");
    expect(issuePath({ ...valid, timezone: "Paris" })).toBe("timezone");
    expect(issuePath({ ...valid, intervals: [{ day: "monday", open: "9:00", close: "17:00" }] })).toBe("intervals.0.open");
    expect(issuePath({ ...valid, intervals: [{ day: "monday", open: "09:00", close: "17:00" }, { day: "monday", open: "18:00", close: "18:00" }] })).toBe("intervals.1.close");
    expect(issuePath({ ...valid, intervals: [{ day: "mon", open: "09:00", close: "17:00" }] })).toBe("intervals.0.day");
  });
});

describe("minutesOf", () => {
  it("counts minutes after midnight", () => {
    expect(minutesOf("00:00")).toBe(0);
    expect(minutesOf("09:30")).toBe(570);
    expect(minutesOf("24:00")).toBe(1440);
  });
});
