import { describe, expect, it } from "vitest";
import { customAttributesOf, settingsSchema, WEB_SESSION_GAP_SECONDS, webSessionsAfterVisit } from "./settings.ts";

describe("settingsSchema", () => {
  it("normalises Intercom's identity keys", () => {
    const parsed = settingsSchema.parse({ app_id: "demo", user_id: 42, email: "Ada@Example.com", created_at: "1700000000", plan: "pro" });
    expect(parsed).toMatchObject({ user_id: "42", email: "ada@example.com", created_at: 1_700_000_000, plan: "pro" });
  });

  it("refuses a malformed email", () => {
    expect(settingsSchema.safeParse({ email: "nope" }).success).toBe(false);
  });
});

describe("customAttributesOf", () => {
  it("keeps unknown scalar keys and drops Intercom's own, nested values and unusable names", () => {
    expect(
      customAttributesOf({ app_id: "x", email: "a@b.c", alignment: "left", plan: "pro", seats: 3, beta: true, gone: null, nested: { a: 1 }, "bad.name": 1 }),
    ).toEqual({ plan: "pro", seats: 3, beta: true, gone: null });
  });
});

describe("webSessionsAfterVisit", () => {
  it("starts a session on the first visit and after 30 minutes of inactivity only", () => {
    expect(webSessionsAfterVisit(0, null, 1000)).toBe(1);
    expect(webSessionsAfterVisit(4, 1000, 1000 + WEB_SESSION_GAP_SECONDS)).toBe(4);
    expect(webSessionsAfterVisit(4, 1000, 1000 + WEB_SESSION_GAP_SECONDS + 1)).toBe(5);
  });
});
