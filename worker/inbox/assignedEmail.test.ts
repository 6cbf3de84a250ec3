import { describe, expect, it } from "vitest";
import { assignedEmail, needsAssignedEmail } from "./assignedEmail.ts";

describe("needsAssignedEmail", () => {
  it("emails an admin who is offline or away, not one at the inbox", () => {
    expect(needsAssignedEmail({ online: false, away: false })).toBe(true);
    expect(needsAssignedEmail({ online: true, away: true })).toBe(true);
    expect(needsAssignedEmail({ online: false, away: true })).toBe(true);
    expect(needsAssignedEmail({ online: true, away: false })).toBe(false);
  });
});

describe("assignedEmail", () => {
  it("says who assigned which conversation, with a link to it, escaping the preview in HTML", () => {
    const email = assignedEmail({ adminName: "Bo", byName: "Ann", workspaceName: "Acme", preview: "Help <now>", url: "https://x.test/admin/#/inbox/mine/open/7" });
    expect(email.subject).toBe("Conversation assigned to you in Acme");
    expect(email.text).toContain("assigned to you by Ann.");
    expect(email.text).toContain("“Help <now>”");
    expect(email.text).toContain("https://x.test/admin/#/inbox/mine/open/7");
    expect(email.html).toContain("Help &#60;now&#62;");
  });

  it("leaves out who and the quote when unknown", () => {
    const email = assignedEmail({ adminName: "Bo", byName: null, workspaceName: "Acme", preview: "", url: "u" });
    expect(email.text).toBe("Hi Bo,\n\nA conversation in Acme was assigned to you.\n\nOpen it: u\n");
  });
});
