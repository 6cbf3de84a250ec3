import { describe, expect, it } from "vitest";
import { decodeWords } from "./mimeHeaders.ts";
import { htmlToText, parseMail } from "./mimeMessage.ts";

const crlf = (...l: string[]) => l.join("\r\n");

describe("parseMail", () => {
  it("reads the sender, recipient, subject and a plain body", () => {
    const mail = parseMail(crlf("From: Bob Example <Bob@Example.org>", "To: reply-1-2-abc@parley.test", "Subject: Re: Your conversation", "Message-ID: <m1@example.org>", "", "Hello there", ""));
    expect(mail).toEqual({ from: "bob@example.org", to: "reply-1-2-abc@parley.test", subject: "Re: Your conversation", messageId: "<m1@example.org>", text: "Hello there\n" });
  });

  it("takes the text/plain part of a multipart/alternative message, decoding quoted-printable", () => {
    const raw = crlf(
      "From: bob@example.org",
      'Content-Type: multipart/alternative; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain; charset=UTF-8",
      "Content-Transfer-Encoding: quoted-printable",
      "",
      "Caf=C3=A9 at ten, a very long line that was wrapped by the quoted-printable e=",
      "ncoder.",
      "--b1",
      "Content-Type: text/html; charset=UTF-8",
      "",
      "<p>Café</p>",
      "--b1--",
    );
    expect(parseMail(raw).text).toBe("Café at ten, a very long line that was wrapped by the quoted-printable encoder.");
  });

  it("finds a base64 text part inside multipart/mixed with an attachment, in its charset", () => {
    const raw = crlf(
      "From: bob@example.org",
      "Content-Type: multipart/mixed; boundary=outer",
      "",
      "--outer",
      "Content-Type: multipart/alternative; boundary=inner",
      "",
      "--inner",
      "Content-Type: text/plain; charset=iso-8859-1",
      "Content-Transfer-Encoding: base64",
      "",
      btoa("Gr\xfc\xdfe"),
      "--inner--",
      "--outer",
      "Content-Type: text/plain; name=notes.txt",
      "Content-Disposition: attachment; filename=notes.txt",
      "",
      "not the body",
      "--outer--",
    );
    expect(parseMail(raw).text).toBe("Grüße");
  });

  it("falls back to the HTML part as text when there is no plain part", () => {
    const raw = crlf("From: bob@example.org", "Content-Type: text/html", "", "<html><head><style>p{}</style></head><body><p>Yes &amp; no</p><div>Later</div></body></html>");
    expect(parseMail(raw).text).toBe("Yes & no\nLater");
  });

  it("unfolds headers and decodes encoded words", () => {
    const mail = parseMail(crlf("From: =?utf-8?B?QsO2Yg==?=", " <bob@example.org>", "Subject: =?iso-8859-1?Q?R=E9ponse_rapide?= =?utf-8?Q?_ok?=", "", "x"));
    expect(mail.from).toBe("bob@example.org");
    expect(mail.subject).toBe("Réponse rapide ok");
  });

  it("reads a message without a body or headers it needs as empty", () => {
    expect(parseMail("Subject: only a head")).toMatchObject({ from: null, to: null, text: "" });
  });
});

describe("decodeWords", () => {
  it("leaves plain text alone", () => {
    expect(decodeWords("Hello =? world")).toBe("Hello =? world");
  });
});

describe("htmlToText", () => {
  it("reads an unclosed tag as text without scanning the rest again", () => {
    const started = performance.now();
    expect(htmlToText(`a ${"<".repeat(50_000)}`).length).toBeGreaterThan(50_000);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
