import { describe, expect, it } from "vitest";
import { emailContent } from "./emailContent.ts";

describe("emailContent", () => {
  const base = { body: "Hi **there**", unsubscribeUrl: "https://p.example/u?c=1&t=2", workspaceName: "Acme <3" };

  it("puts the unsubscribe link in the text and the escaped HTML", () => {
    const email = emailContent({ ...base, subject: "Welcome" });
    expect(email.text).toContain("https://p.example/u?c=1&t=2");
    expect(email.html).toContain('href="https://p.example/u?c=1&#38;t=2"');
    expect(email.html).toContain("<strong>there</strong>");
    expect(email.html).toContain("Acme &#60;3");
  });

  it("falls back to a subject naming the workspace", () => {
    expect(emailContent({ ...base, subject: "  " }).subject).toBe("A message from Acme <3");
  });
});
