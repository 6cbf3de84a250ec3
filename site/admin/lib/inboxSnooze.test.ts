import { describe, expect, it } from "vitest";
import { parseLocalDateTime, snoozeChoices, toLocalInput } from "./inboxSnooze.ts";

describe("snoozeChoices", () => {
  it("offers an hour from now, tomorrow morning and next Monday morning", () => {
    const wednesday = new Date(2026, 10, 25, 14, 30);
    const [hour, tomorrow, monday] = snoozeChoices(wednesday).map((c) => new Date(c.until * 1000));
    expect(hour?.getHours()).toBe(15);
    expect([tomorrow?.getDate(), tomorrow?.getHours()]).toEqual([26, 9]);
    expect([monday?.getDay(), monday?.getDate(), monday?.getHours()]).toEqual([1, 30, 9]);
  });

  it("skips to the following Monday when today is Monday", () => {
    const monday = new Date(2026, 10, 30, 8, 0);
    expect(new Date((snoozeChoices(monday)[2]?.until ?? 0) * 1000).getDate()).toBe(7);
  });
});

describe("parseLocalDateTime", () => {
  const now = new Date(2026, 10, 25, 12, 0);

  it("reads a future local date and time", () => {
    expect(parseLocalDateTime("2026-11-26T09:15", now)).toBe(Math.floor(new Date(2026, 10, 26, 9, 15).getTime() / 1000));
  });

  it("refuses the past, the present and malformed values", () => {
    expect(parseLocalDateTime("2026-11-25T12:00", now)).toBeNull();
    expect(parseLocalDateTime("tomorrow", now)).toBeNull();
    expect(parseLocalDateTime("", now)).toBeNull();
  });

  it("round-trips with toLocalInput", () => {
    expect(toLocalInput(new Date(2026, 0, 5, 7, 3))).toBe("2026-01-05T07:03");
  });
});
