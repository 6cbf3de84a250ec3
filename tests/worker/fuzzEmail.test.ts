import { env } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { replyAddress } from "../../worker/identity/replyAddress.ts";
import { secretKeyText } from "../../worker/identity/secretBox.ts";
import worker from "../../worker/index.ts";
import { hostileString } from "../fuzz/arbitraries.ts";
import { call } from "./fixtures.ts";
import { aFuzzWorld, expectStillServing, HANG_MS, runs, timeoutFor, within } from "./fuzzWorld.ts";

// The Worker's email() handler, which turns a reply to a conversation's Reply-To address into the
// contact's comment: any envelope and any raw message must be handled (or ignored) within a
// second without throwing, and a genuine reply afterwards still lands in the conversation.
function inbound(from: string, to: string, raw: string, rawSize = new TextEncoder().encode(raw).byteLength): ForwardableEmailMessage {
  return {
    from, to, raw: new Response(raw).body ?? new ReadableStream(), rawSize, canBeForwarded: false, headers: new Headers(),
    setReject: () => undefined,
    forward: () => Promise.reject(new Error("not forwarded in tests")),
    reply: () => Promise.reject(new Error("no replies in tests")),
  };
}

const oneLine = (text: string) => text.replace(/[\r\n]/g, " ");

function rawMessage(from: string, to: string, body: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const header = fc.tuple(fc.constantFrom("From", "To", "Subject", "Message-ID", "Content-Type", "Content-Transfer-Encoding", "X"), hostileString).map(([name, value]) => `${name}: ${oneLine(value)}`);
  const contentType = fc.constantFrom(
    "text/plain; charset=UTF-8", "text/plain; charset=x-unknown", "text/html", "multipart/alternative; boundary=b", "multipart/mixed; boundary=\"\"", "application/octet-stream",
  );
  const encoding = fc.constantFrom("7bit", "base64", "quoted-printable", "x-uuencode", "");
  return fc
    .tuple(fc.array(header, { maxLength: 4 }), contentType, encoding, body, fc.uuid())
    .map(([extra, type, cte, text, id]) =>
      [`From: Bob <${from}>`, `To: ${to}`, `Message-ID: <${id}@mail.example.org>`, ...extra, `Content-Type: ${type}`, `Content-Transfer-Encoding: ${cte}`, "", "--b", "Content-Type: text/plain", "", text, "--b--", text].join("\r\n"),
    );
}

const RUNS = runs(25);

describe("email()", () => {
  it("handles any envelope and raw message within a second, and a genuine reply still lands", async () => {
    const w = await aFuzzWorld();
    const to = await replyAddress(secretKeyText(env), { workspaceId: w.ws.workspaceId, conversationId: Number(w.conversationId) }, "reply.example");
    const contact = "fuzz@example.com";
    const envelopeFrom = fc.oneof(fc.constant(contact), fc.constant(contact.toUpperCase()), hostileString);
    const envelopeTo = fc.oneof({ arbitrary: fc.constant(to), weight: 3 }, { arbitrary: fc.constantFrom(to.toUpperCase(), ` ${to} `, to.replace("reply-", "reply-0"), `${to}>`), weight: 1 }, { arbitrary: hostileString, weight: 1 });
    const body = fc.oneof(hostileString, fc.string({ unit: "binary", maxLength: 2000 }), fc.constantFrom("", "=\r\n".repeat(10_000), "PGI+".repeat(20_000), "> quoted only"));
    const message = fc.tuple(envelopeFrom, envelopeTo).chain(([from, address]) =>
      fc.tuple(fc.constant(from), fc.constant(address), fc.oneof({ arbitrary: rawMessage(from, address, body), weight: 4 }, { arbitrary: hostileString, weight: 1 }), fc.option(fc.nat(), { nil: undefined })),
    );
    await fc.assert(
      fc.asyncProperty(message, async ([from, address, raw, claimedSize]) => {
        await within(HANG_MS, worker.email(inbound(from, address, raw, claimedSize), env), "email()");
      }),
      { numRuns: RUNS },
    );
    const text = `Genuine reply ${crypto.randomUUID()}`;
    await worker.email(inbound(contact, to, [`From: Fuzz <${contact}>`, `To: ${to}`, "Content-Type: text/plain; charset=UTF-8", "", text, "", `On Mon, 6 Jan 2025 at 10:02, Ann <${to}> wrote:`, "> earlier"].join("\r\n")), env);
    const conversation = await call(`/api/conversations/${w.conversationId}`, { token: w.ws.token });
    expect(await conversation.text()).toContain(text);
    await expectStillServing(w);
  }, timeoutFor(RUNS, 300));
});
