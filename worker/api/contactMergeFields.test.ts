import { describe, expect, it } from "vitest";
import type { Contact } from "../db/schema.ts";
import { mergedUserFields } from "./contactMergeFields.ts";

function aContact(fields: Partial<Contact>): Contact {
  return {
    id: "0".repeat(24), workspaceId: 1, role: "user", externalId: null, email: null, name: null, phone: null, signedUpAt: null, lastSeenAt: null,
    webSessions: 0, unsubscribedFromEmails: false, customAttributes: {}, createdAt: 1, updatedAt: 1, lastPageUrl: null, verifiedAt: null,
    emailVerified: false, tokenGeneration: 0, ...fields,
  };
}

describe("mergedUserFields", () => {
  it("fills what the user lacks from the lead and keeps every value the user has", () => {
    const lead = aContact({ role: "lead", name: "Lead", phone: "+1", email: "lead@example.com", customAttributes: { plan: "free", source: "ad" }, lastSeenAt: 50, webSessions: 2 });
    const user = aContact({ name: "User", customAttributes: { plan: "pro" }, lastSeenAt: 40, webSessions: 3 });
    expect(mergedUserFields(lead, user, 99)).toEqual({
      updatedAt: 99,
      phone: "+1",
      email: "lead@example.com",
      emailVerified: false,
      customAttributes: { source: "ad", plan: "pro" },
      lastSeenAt: 50,
      webSessions: 5,
    });
  });

  it("changes nothing but the update time when the lead holds nothing new", () => {
    const lead = aContact({ role: "lead", lastSeenAt: 10 });
    const user = aContact({ email: "u@example.com", lastSeenAt: 40, webSessions: 3 });
    expect(mergedUserFields(lead, user, 99)).toEqual({ updatedAt: 99 });
  });
});
