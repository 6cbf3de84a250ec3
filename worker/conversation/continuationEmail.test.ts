import { describe, expect, it } from "vitest";
import { continuationEmail } from "./continuationEmail.ts";

describe("continuationEmail", () => {
  it("carries the reply as written, with how to answer, under one subject per workspace", () => {
    const email = continuationEmail({ body: "Hi Bob,\n\nTuesday works <b>fine</b>.", adminName: "Ann", workspaceName: "Acme" });
    expect(email.subject).toBe("Your conversation with Acme");
    expect(email.text.startsWith("Hi Bob,\n\nTuesday works <b>fine</b>.\n\n-- \n")).toBe(true);
    expect(email.text).toContain("Ann from Acme replied");
    expect(email.html).toContain("<p>Tuesday works &#60;b&#62;fine&#60;/b&#62;.</p>");
  });

  it("names the workspace alone when the admin has no name", () => {
    expect(continuationEmail({ body: "x", adminName: null, workspaceName: "Acme" }).text).toContain("\nAcme replied");
  });
});
