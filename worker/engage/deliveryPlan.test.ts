import { describe, expect, it } from "vitest";
import { deliveryPlan, mayHaveMessengerOpen, retryDelaySeconds } from "./deliveryPlan.ts";

const reachable = { email: "a@example.com", emailVerified: true, unsubscribedFromEmails: false };

describe("deliveryPlan", () => {
  it("sends a queued delivery whose message and contact still exist", () => {
    expect(deliveryPlan({ status: "queued", channel: "email" }, true, reachable)).toEqual({ kind: "send" });
  });

  it("skips a delivery that is no longer queued, so a repeated queue message sends nothing", () => {
    for (const status of ["sent", "failed", "cancelled"] as const) expect(deliveryPlan({ status, channel: "in_app" }, true, reachable)).toEqual({ kind: "skip" });
  });

  it("cancels when the message or the contact was deleted", () => {
    expect(deliveryPlan({ status: "queued", channel: "in_app" }, false, reachable)).toMatchObject({ kind: "cancel" });
    expect(deliveryPlan({ status: "queued", channel: "in_app" }, true, undefined)).toMatchObject({ kind: "cancel" });
  });

  it("cancels an email to a contact who unsubscribed after the claim, but not an in-app message", () => {
    const gone = { ...reachable, unsubscribedFromEmails: true };
    expect(deliveryPlan({ status: "queued", channel: "email" }, true, gone)).toMatchObject({ kind: "cancel" });
    expect(deliveryPlan({ status: "queued", channel: "in_app" }, true, gone)).toEqual({ kind: "send" });
  });
});

describe("retryDelaySeconds", () => {
  it("backs off from 10 seconds and never waits more than 10 minutes", () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(retryDelaySeconds)).toEqual([10, 30, 90, 270, 600, 600, 600]);
  });
});

describe("mayHaveMessengerOpen", () => {
  it("tells a contact who has booted the messenger, however long ago", () => {
    expect(mayHaveMessengerOpen({ lastSeenAt: 1 })).toBe(true);
  });

  it("skips a contact who has never booted it: they have no messenger to tell", () => {
    expect(mayHaveMessengerOpen({ lastSeenAt: null })).toBe(false);
  });
});
