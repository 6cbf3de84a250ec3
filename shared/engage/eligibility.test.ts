import { describe, expect, it } from "vitest";
import type { Rule, RuleContact } from "../rules/types.ts";
import { autoMessageDue, canReceive } from "./eligibility.ts";

const NOW = 1_800_000_000;
const person = (over: Partial<RuleContact & { unsubscribedFromEmails: boolean; emailVerified: boolean }> = {}) => ({
  role: "user" as const,
  email: "ada@example.com",
  name: "Ada",
  external_id: "1",
  signed_up_at: NOW - 3600,
  last_seen_at: NOW,
  created_at: NOW - 7200,
  web_sessions: 1,
  custom_attributes: {},
  events: {},
  unsubscribedFromEmails: false,
  emailVerified: true,
  ...over,
});
const newUsers: Rule = { field: "signed_up_at", operator: ">", value: { days_ago: 1 } };

describe("canReceive", () => {
  it("lets in-app messages reach contacts without an email address", () => {
    expect(canReceive("in_app", { email: null, unsubscribedFromEmails: true, emailVerified: false })).toBe(true);
  });

  it("refuses email to contacts without an address or who unsubscribed", () => {
    expect(canReceive("email", { email: null, unsubscribedFromEmails: false, emailVerified: true })).toBe(false);
    expect(canReceive("email", { email: "a@b.c", unsubscribedFromEmails: true, emailVerified: true })).toBe(false);
    expect(canReceive("email", { email: "a@b.c", unsubscribedFromEmails: false, emailVerified: true })).toBe(true);
  });

  it("refuses email to an address nobody verified (typed into an unsigned boot)", () => {
    expect(canReceive("email", { email: "ceo@customer.example", unsubscribedFromEmails: false, emailVerified: false })).toBe(false);
    expect(autoMessageDue({ state: "live", channel: "email", rule: newUsers }, person({ emailVerified: false }), NOW)).toBe(false);
  });
});

describe("autoMessageDue", () => {
  it("is due for a live message whose rules match", () => {
    expect(autoMessageDue({ state: "live", channel: "email", rule: newUsers }, person(), NOW)).toBe(true);
  });

  it("is never due while paused or draft", () => {
    expect(autoMessageDue({ state: "paused", channel: "email", rule: newUsers }, person(), NOW)).toBe(false);
    expect(autoMessageDue({ state: "draft", channel: "email", rule: newUsers }, person(), NOW)).toBe(false);
  });

  it("is not due when the rules do not match or email cannot reach the contact", () => {
    expect(autoMessageDue({ state: "live", channel: "email", rule: newUsers }, person({ signed_up_at: NOW - 86_400 }), NOW)).toBe(false);
    expect(autoMessageDue({ state: "live", channel: "email", rule: newUsers }, person({ unsubscribedFromEmails: true }), NOW)).toBe(false);
  });
});
