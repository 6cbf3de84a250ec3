import { describe, expect, it } from "vitest";
import { shouldAskForEmail, type AskContext } from "./emailAsk.ts";

const anonymous: AskContext = { email: null, visitorMessages: 1, teamOnline: null, alreadyGiven: false };

describe("shouldAskForEmail", () => {
  it("asks an anonymous visitor after their first message when nobody knows who is online", () => {
    expect(shouldAskForEmail(anonymous)).toBe(true);
    expect(shouldAskForEmail({ ...anonymous, teamOnline: false })).toBe(true);
  });

  it("waits for the visitor's first message", () => {
    expect(shouldAskForEmail({ ...anonymous, visitorMessages: 0 })).toBe(false);
  });

  it("does not ask while someone from the team is online", () => {
    expect(shouldAskForEmail({ ...anonymous, teamOnline: true })).toBe(false);
  });

  it("does not ask a visitor who has an email or just gave one", () => {
    expect(shouldAskForEmail({ ...anonymous, email: "ann@example.com" })).toBe(false);
    expect(shouldAskForEmail({ ...anonymous, alreadyGiven: true })).toBe(false);
  });
});
