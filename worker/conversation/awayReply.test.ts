import { describe, expect, it } from "vitest";
import type { OfficeHours } from "../../shared/officeHours/types.ts";
import type { AwayInput } from "../durable/types.ts";
import { awayReply } from "./awayReply.ts";

const at = (iso: string) => Date.parse(`${iso}Z`) / 1000;
const mondays = (timezone: string): OfficeHours => ({ timezone, intervals: [{ day: "monday", open: "09:00", close: "17:00" }], reply_time: "hours" });
const away = (overrides: Partial<AwayInput> = {}): AwayInput => ({
  schedules: { workspace: mondays("Europe/Paris"), teams: {} },
  timeZone: "Europe/Paris",
  hasEmail: true,
  ...overrides,
});
const saturday = at("2024-01-13T10:00:00");

describe("awayReply", () => {
  it("says nothing during office hours or where no office hours are set", () => {
    expect(awayReply(away(), null, at("2024-01-15T10:00:00"))).toBeNull();
    expect(awayReply(away({ schedules: { workspace: null, teams: {} } }), null, saturday)).toBeNull();
  });

  it("says when the team is back, on the visitor's clock, as a bot comment", () => {
    const reply = awayReply(away({ timeZone: "America/New_York" }), null, saturday);
    expect(reply).toMatchObject({ partType: "comment", author: { type: "bot", id: "office_hours" }, createdAt: saturday });
    expect(reply?.body).toBe("Thanks for your message! We're away right now and will be back Monday at 3:00; we'll answer you then.");
  });

  it("names the office's zone when the visitor's is unknown or not a zone", () => {
    expect(awayReply(away({ timeZone: null }), null, saturday)?.body).toContain("Monday at 9:00 (Europe/Paris time)");
    expect(awayReply(away({ timeZone: "Nowhere/Land" }), null, saturday)?.body).toContain("(Europe/Paris time)");
  });

  it("asks for an email when the contact has none", () => {
    expect(awayReply(away({ hasEmail: false }), null, saturday)?.body).toMatch(/\n\nLeave your email below/);
  });

  it("follows the routed team's own hours over the workspace's", () => {
    const alwaysOpen: OfficeHours = { timezone: "UTC", intervals: [{ day: "saturday", open: "00:00", close: "24:00" }], reply_time: "minutes" };
    const schedules = { workspace: mondays("Europe/Paris"), teams: { "4": alwaysOpen } };
    expect(awayReply(away({ schedules }), 4, saturday)).toBeNull();
    expect(awayReply(away({ schedules }), 5, saturday)).not.toBeNull();
  });

  it("promises an answer without a time when the team never opens", () => {
    const never = { workspace: { ...mondays("UTC"), intervals: [] }, teams: {} };
    expect(awayReply(away({ schedules: never }), null, saturday)?.body).toBe("Thanks for your message! We're away right now and will answer as soon as we're back.");
  });
});
