import { describe, expect, it } from "vitest";
import { canResume } from "./resume.ts";

describe("canResume", () => {
  it("resumes when every event after the client's seq is still kept", () => {
    expect(canResume(10, 11, 20)).toBe(true);
    expect(canResume(10, 5, 20)).toBe(true);
  });

  it("asks for a reset when events the client missed were trimmed", () => {
    expect(canResume(10, 12, 20)).toBe(false);
  });

  it("resumes a client that is already up to date", () => {
    expect(canResume(20, 15, 20)).toBe(true);
    expect(canResume(0, 0, 0)).toBe(true);
  });
});
