import { describe, expect, it } from "vitest";
import { EMAILS_PER_RECIPIENT_PER_DAY, mayEmailAgain } from "./emailCap.ts";

describe("mayEmailAgain", () => {
  it(`allows ${EMAILS_PER_RECIPIENT_PER_DAY} emails per address in a day and refuses the next`, () => {
    expect(mayEmailAgain(0)).toBe(true);
    expect(mayEmailAgain(EMAILS_PER_RECIPIENT_PER_DAY - 1)).toBe(true);
    expect(mayEmailAgain(EMAILS_PER_RECIPIENT_PER_DAY)).toBe(false);
  });
});
