import { describe, expect, it } from "vitest";
import { replyText } from "./replyText.ts";

const lines = (...l: string[]) => l.join("\r\n");

describe("replyText", () => {
  it("keeps a reply without a quote as it is, trimmed", () => {
    expect(replyText("\n  Thanks, that worked!\n\nSecond paragraph.\n\n")).toBe("Thanks, that worked!\n\nSecond paragraph.");
  });

  it("drops Gmail's attribution line and the quote under it", () => {
    const gmail = lines("Yes please, Tuesday works.", "", "On Mon, 6 Jan 2025 at 10:02, Ann from Acme <reply-1-2-abc@example.com> wrote:", "", "> When would suit you?", ">", "> --", "> Reply to this email to answer Ann.");
    expect(replyText(gmail)).toBe("Yes please, Tuesday works.");
  });

  it("recognises Gmail's attribution when it wraps onto a second line", () => {
    const gmail = lines("Sounds good", "", "On Mon, Jan 6, 2025 at 10:02 AM Ann from Acme <", "reply-1-2-abc@example.com> wrote:", "", "> When would suit you?");
    expect(replyText(gmail)).toBe("Sounds good");
  });

  it("drops Apple Mail's attribution, the quote and 'Sent from my iPhone'", () => {
    const apple = lines("Great, thank you", "", "Sent from my iPhone", "", "> On 6 Jan 2025, at 10:02, Ann from Acme <reply-1-2-abc@example.com> wrote:", ">", "> When would suit you?");
    expect(replyText(apple)).toBe("Great, thank you");
    const desktop = lines("Great, thank you", "", "> On 6 Jan 2025, at 10:02, Ann <a@b.c> wrote:", "> ", "> Hi");
    expect(replyText(desktop)).toBe("Great, thank you");
    const unquoted = lines("Great", "", "On 6 Jan 2025, at 10:02, Ann <a@b.c> wrote:", "", "> Hi");
    expect(replyText(unquoted)).toBe("Great");
  });

  it("drops Outlook's 'Original Message' block", () => {
    const outlook = lines("Please call me instead.", "", "-----Original Message-----", "From: Ann from Acme <reply-1-2-abc@example.com>", "Sent: Monday, January 6, 2025 10:02 AM", "To: Bob <bob@example.org>", "Subject: Your conversation", "", "When would suit you?");
    expect(replyText(outlook)).toBe("Please call me instead.");
  });

  it("drops Outlook's 'From: … Sent: …' header block under a rule, or without one", () => {
    const ruled = lines("Noted, thanks.", "", "________________________________", "From: Ann from Acme <reply-1-2-abc@example.com>", "Sent: 06 January 2025 10:02", "To: bob@example.org", "Subject: Your conversation", "", "When would suit you?");
    expect(replyText(ruled)).toBe("Noted, thanks.");
    const bare = lines("Noted.", "", "From: Ann from Acme <reply-1-2-abc@example.com>", "Date: Monday, 6 January 2025 at 10:02", "To: Bob", "Subject: Re: x", "", "old text");
    expect(replyText(bare)).toBe("Noted.");
  });

  it("keeps a line that only starts with 'From:' when no header block follows", () => {
    expect(replyText("From: the team at work\nwe all agree.")).toBe("From: the team at work\nwe all agree.");
  });

  it("drops a signature after the '-- ' delimiter", () => {
    expect(replyText(lines("See you then.", "", "-- ", "Bob Example", "CEO, Example Ltd"))).toBe("See you then.");
  });

  it("drops quoted lines between the contact's own inline answers", () => {
    expect(replyText(lines("> Does Tuesday work?", "Yes.", "> And the address?", "12 High Street."))).toBe("Yes.\n12 High Street.");
  });

  it("leaves nothing of a reply that only quotes", () => {
    expect(replyText(lines("On Mon, 6 Jan 2025, Ann <a@b.c> wrote:", "> hi"))).toBe("");
  });
});
