import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMail } from "../../worker/conversation/mimeMessage.ts";
import { replyText } from "../../worker/conversation/replyText.ts";
import { fuzzRuns, fuzzTimeout, hostileString } from "./arbitraries.ts";

// The continuation handler's pure half: parseMail reads any raw message, replyText cuts what mail
// clients quote. Neither may throw or take long, and a reply above any client's quote survives whole.
const RUNS = fuzzRuns(300, process.env.FUZZ_RUNS);

const timed = <T>(work: () => T): T => {
  const started = performance.now();
  const result = work();
  expect(performance.now() - started).toBeLessThan(1000);
  return result;
};

// Words that start no attribution, header or signature line, so the reply is all text.
const WORDS = ["hello", "thanks", "see", "you", "tuesday", "ok", "é", "😀", "10:02", "a>b", "-", "_", "price?"];
const line = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((words) => words.join(" "));
const reply = fc.array(line, { minLength: 1, maxLength: 5 }).map((lines) => lines.join("\n"));
const quoted = fc.array(fc.oneof(line, hostileString), { maxLength: 5 }).map((lines) => lines.map((l) => `> ${l.replace(/[\r\n]/g, " ")}`).join("\n"));

const QUOTE_STYLES = [
  (q: string) => `On Mon, 6 Jan 2025 at 10:02, Ann <ann@example.com> wrote:\n\n${q}`,
  (q: string) => `On Mon, 6 Jan 2025 at 10:02, Ann Example <\nann@example.com> wrote:\n${q}`,
  (q: string) => `Le lun. 6 janv. 2025 à 10:02, Ann <ann@example.com> a écrit :\n${q}`,
  (q: string) => `Am 06.01.2025 um 10:02 schrieb Ann <ann@example.com>:\n${q}`,
  (q: string) => `Op ma 6 jan. 2025 om 10:02 schreef Ann <\nann@example.com>:\n${q}`,
  (q: string) => `Il giorno lun 6 gen 2025 alle ore 10:02 Ann <ann@example.com> ha scritto:\n${q}`,
  (q: string) => `-----Original Message-----\nFrom: Ann <ann@example.com>\nSent: Monday, January 6, 2025 10:02 AM\nTo: Bob\nSubject: Re: Hi\n\n${q.replace(/^> /gm, "")}`,
  (q: string) => `________________________________\nFrom: Ann <ann@example.com>\nSent: Monday, January 6, 2025 10:02 AM\n\n${q.replace(/^> /gm, "")}`,
  (q: string) => `-- \nBob Example\nACME Inc.\n${q}`,
  (q: string) => `Sent from my iPhone\n\n${q}`,
  (q: string) => q,
];

describe("replyText", () => {
  it("keeps a reply written above any mail client's quote, whole, and nothing of the quote", () => {
    fc.assert(
      fc.property(reply, fc.constantFrom(...QUOTE_STYLES), quoted, fc.constantFrom("\n", "\r\n"), (text, style, quote, newline) => {
        const email = `${text}\n\n${style(quote)}`.replace(/\n/g, newline);
        expect(timed(() => replyText(email))).toBe(text);
      }),
      { numRuns: RUNS },
    );
  }, fuzzTimeout(RUNS, 5));

  it("never throws on any text and never keeps a quoted line", () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.array(fc.oneof(line, hostileString, quoted), { maxLength: 30 }).map((l) => l.join("\n"))), (text) => {
        const kept = timed(() => replyText(text));
        expect(kept.split("\n").some((l) => l.trimStart().startsWith(">"))).toBe(false);
        expect(kept.length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: RUNS },
    );
  }, fuzzTimeout(RUNS, 5));
});

// Any byte string as quoted-printable: every byte as =XX, with soft line breaks.
const quotedPrintable = (bytes: Uint8Array) =>
  Array.from(bytes, (b, i) => `${i > 0 && i % 20 === 0 ? "=\r\n" : ""}=${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64").replace(/(.{76})/g, "$1\r\n");

const ENCODINGS = {
  base64: (t: string) => base64(new TextEncoder().encode(t)),
  "quoted-printable": (t: string) => quotedPrintable(new TextEncoder().encode(t)),
  "8bit": (t: string) => t,
} as const;

const boundary = fc.string({ unit: fc.constantFrom("a", "b", "0", "-", "_", "=", "'", "(", "+", ".", "/", ":", "?"), minLength: 1, maxLength: 30 });
const headerNamed = (...names: string[]) =>
  fc.tuple(fc.constantFrom(...names), hostileString).map(([name, value]) => `${name}: ${value.replace(/[\r\n]/g, " ")}`);
const header = headerNamed("From", "To", "Subject", "Message-ID", "Content-Type", "Content-Transfer-Encoding", "X-Odd", "content-type");

describe("parseMail", () => {
  it("finds the text/plain part of a multipart message in every transfer encoding", () => {
    fc.assert(
      fc.property(reply, boundary, fc.constantFrom<keyof typeof ENCODINGS>("base64", "quoted-printable", "8bit"), fc.array(headerNamed("To", "Subject", "Message-ID", "X-Odd"), { maxLength: 4 }), (text, b, encoding, extra) => {
        const raw = [
          "From: Bob <bob@example.org>", ...extra, `Content-Type: multipart/alternative; boundary="${b}"`, "",
          `--${b}`, "Content-Type: text/plain; charset=UTF-8", `Content-Transfer-Encoding: ${encoding}`, "", ENCODINGS[encoding](text), "",
          `--${b}`, "Content-Type: text/html; charset=UTF-8", "", "<p>html</p>", `--${b}--`, "",
        ].join("\r\n");
        expect(timed(() => parseMail(raw)).text.replace(/\r\n/g, "\n").trim()).toBe(text);
      }),
      { numRuns: RUNS },
    );
  }, fuzzTimeout(RUNS, 5));

  // Found by this file: addressOf's backtracking pattern took 8.7 s on a 70 KB From header.
  it("reads a From header of 100 KB without an address in well under a second", () => {
    const raw = `From: ${"a".repeat(100_000)}\r\nTo: <${"a@".repeat(50_000)}\r\n\r\nHello`;
    expect(timed(() => parseMail(raw))).toMatchObject({ from: null, text: "Hello" });
  });

  it("never throws on any raw message: random headers, nesting, encodings and bytes", () => {
    const part = fc.letrec<{ part: string }>((tie) => ({
      part: fc.oneof(
        { depthSize: "small" },
        fc.tuple(fc.array(header, { maxLength: 5 }), hostileString).map(([heads, body]) => `${heads.join("\r\n")}\r\n\r\n${body}`),
        fc.tuple(boundary, fc.array(tie("part"), { maxLength: 3 })).map(([b, parts]) => `Content-Type: multipart/mixed; boundary=${b}\r\n\r\n${parts.map((p) => `--${b}\r\n${p}`).join("\r\n")}\r\n--${b}--`),
      ),
    })).part;
    const raw = fc.oneof(part, hostileString, fc.uint8Array({ maxLength: 400 }).map((bytes) => new TextDecoder().decode(bytes)));
    fc.assert(
      fc.property(raw, (text) => {
        const mail = timed(() => parseMail(text));
        expect(typeof mail.text).toBe("string");
        timed(() => replyText(mail.text));
      }),
      { numRuns: RUNS },
    );
  }, fuzzTimeout(RUNS, 5));
});
