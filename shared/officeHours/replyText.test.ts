import { describe, expect, it } from "vitest";
import { backSentence, replyTimeSentence, whenText } from "./replyText.ts";

const at = (iso: string) => Date.parse(`${iso}Z`) / 1000;

describe("replyTimeSentence", () => {
  it("says the expected reply time in words", () => {
    expect(replyTimeSentence("minutes")).toBe("We usually reply in a few minutes");
    expect(replyTimeSentence("hours")).toBe("We usually reply in a few hours");
    expect(replyTimeSentence("day")).toBe("We usually reply in a day");
  });
});

describe("whenText", () => {
  const monday9Paris = at("2024-04-01T07:00:00");

  it("names the weekday and the time on the reader's own clock", () => {
    expect(whenText(monday9Paris, at("2024-03-29T17:00:00"), "Europe/Paris")).toBe("Monday at 9:00");
    expect(whenText(monday9Paris, at("2024-03-29T17:00:00"), "America/New_York")).toBe("Monday at 3:00");
  });

  it("says today and tomorrow by the reader's calendar, not the office's", () => {
    expect(whenText(monday9Paris, at("2024-03-31T20:00:00"), "Europe/Paris")).toBe("tomorrow at 9:00");
    expect(whenText(monday9Paris, at("2024-03-31T20:00:00"), "America/New_York")).toBe("tomorrow at 3:00");
    expect(whenText(monday9Paris, at("2024-04-01T05:00:00"), "Europe/Paris")).toBe("today at 9:00");
    expect(whenText(at("2024-04-01T11:30:00"), at("2024-04-01T05:00:00"), "Asia/Kolkata")).toBe("today at 17:00");
  });
});

describe("backSentence", () => {
  it("says when the team is back, or soon when it never opens", () => {
    expect(backSentence(at("2024-04-01T07:00:00"), at("2024-03-29T17:00:00"), "Europe/Paris")).toBe("We'll be back Monday at 9:00");
    expect(backSentence(null, at("2024-03-29T17:00:00"), "Europe/Paris")).toBe("We'll be back soon");
  });
});
