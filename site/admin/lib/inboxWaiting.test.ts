import { describe, expect, it } from "vitest";
import { waitingText } from "./inboxWaiting.ts";

const NOW = 1_800_000_000;

describe("waitingText", () => {
  it("says how many minutes an open conversation has waited on the team", () => {
    expect(waitingText({ state: "open", waiting_since: NOW - 12 * 60 - 5 }, NOW)).toBe("waiting 12 min");
  });

  it("switches to hours and days for long waits", () => {
    expect(waitingText({ state: "open", waiting_since: NOW - 3 * 3600 }, NOW)).toBe("waiting 3 h");
    expect(waitingText({ state: "open", waiting_since: NOW - 2 * 86400 }, NOW)).toBe("waiting 2 d");
  });

  it("reads a wait under a minute as such, even with a clock slightly behind", () => {
    expect(waitingText({ state: "open", waiting_since: NOW + 5 }, NOW)).toBe("waiting < 1 min");
  });

  it("says nothing when the team answered last or the conversation is not open", () => {
    expect(waitingText({ state: "open", waiting_since: null }, NOW)).toBeNull();
    expect(waitingText({ state: "snoozed", waiting_since: NOW - 600 }, NOW)).toBeNull();
    expect(waitingText({ state: "closed", waiting_since: NOW - 600 }, NOW)).toBeNull();
  });
});
