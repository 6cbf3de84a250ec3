import { describe, expect, it } from "vitest";
import type { Contact } from "./schema.ts";
import { ruleContactOf, storedRule } from "./ruleContact.ts";

const row: Contact = {
  id: "0123456789abcdef01234567",
  workspaceId: 1,
  role: "user",
  externalId: "u1",
  email: "ada@example.com",
  name: "Ada",
  phone: null,
  signedUpAt: 100,
  lastSeenAt: 200,
  webSessions: 7,
  unsubscribedFromEmails: true,
  customAttributes: { plan: "pro" },
  createdAt: 50,
  updatedAt: 60,
  lastPageUrl: null,
  verifiedAt: null,
  emailVerified: true,
  tokenGeneration: 0,
};

describe("ruleContactOf", () => {
  it("maps the stored columns onto the rule language's field names", () => {
    expect(ruleContactOf(row, { login: 3 }, ["vip"])).toEqual({
      role: "user",
      email: "ada@example.com",
      name: "Ada",
      external_id: "u1",
      signed_up_at: 100,
      last_seen_at: 200,
      created_at: 50,
      web_sessions: 7,
      custom_attributes: { plan: "pro" },
      events: { login: 3 },
      tags: ["vip"],
      unsubscribedFromEmails: true,
      emailVerified: true,
    });
  });
});

describe("storedRule", () => {
  it("accepts a valid rule and refuses anything else", () => {
    expect(storedRule({ field: "web_sessions", operator: ">", value: 5 })).toEqual({ field: "web_sessions", operator: ">", value: 5 });
    expect(storedRule({ field: "nope", operator: ">", value: 5 })).toBeNull();
  });
});
