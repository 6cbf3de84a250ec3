import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { hostileJson, mutated } from "../fuzz/arbitraries.ts";
import { aFuzzWorld, expectClearAnswer, expectStillServing, runs, send, timeoutFor } from "./fuzzWorld.ts";
import { hashFor } from "./messenger.ts";

// The messenger's boot and update take whatever a host page put in window.intercomSettings: every
// setting with the wrong type, odd identities and forged JWTs must end in a clear answer.
const base64url = (text: string) => btoa(Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join("")).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

/** Three dot-separated parts whose header and payload are any JSON, or not JSON at all. */
const forgedJwt = fc
  .tuple(
    fc.oneof(fc.constant({ alg: "HS256", typ: "JWT" }), fc.constant({ alg: "none" }), hostileJson),
    fc.oneof(fc.record({ user_id: fc.constantFrom("u-1", "u-2"), exp: fc.integer() }), hostileJson),
    fc.string({ maxLength: 60 }),
  )
  .map(([header, payload, signature]) => `${base64url(JSON.stringify(header) ?? "")}.${base64url(JSON.stringify(payload) ?? "")}.${signature}`);

let address = 0;
/** A fresh client address per request: the new-visitor limit (30 a minute) would otherwise answer most of them. */
const fromNewAddress = () => ({ "cf-connecting-ip": `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address++ & 255}` });

const RUNS = runs(20);

describe("POST /messenger/{app_id}/boot and /update", () => {
  for (const action of ["boot", "update"]) {
    it(`answers every ${action} body clearly, without a 5xx, within a second`, async () => {
      const w = await aFuzzWorld();
      const settings = {
        app_id: w.ws.appId, user_id: "u-1", email: "u1@example.com", name: "U One", phone: "+1 555", created_at: 1_700_000_000,
        user_hash: await hashFor("u-1"), unsubscribed_from_emails: false, plan: "pro", "Team size": 3, company: { id: "c1" },
      };
      const valid = { settings, token: w.visitor.token, visitor_id: w.visitor.visitorId, page_url: "https://customer.example/pricing" };
      const body = fc.oneof(
        { arbitrary: mutated(valid), weight: 6 },
        { arbitrary: forgedJwt.map((jwt) => ({ settings: { app_id: w.ws.appId, user_id: "u-1", intercom_user_jwt: jwt } })), weight: 2 },
        { arbitrary: fc.dictionary(fc.string({ maxLength: 20 }), hostileJson, { maxKeys: 120 }).map((extra) => ({ settings: { ...settings, ...extra } })), weight: 1 },
      );
      const path = `/messenger/${w.ws.appId}/${action}`;
      await fc.assert(
        fc.asyncProperty(body, async (json) => {
          const answer = await send(path, { method: "POST", body: JSON.stringify(json), headers: { origin: "https://customer.example", ...fromNewAddress() } });
          expectClearAnswer(answer, `POST ${path}`);
        }),
        { numRuns: RUNS },
      );
      // Booting as u-1 signed the world's visitor out, so the known-good boot brings its own token.
      const again = await send(path, { method: "POST", body: JSON.stringify({ settings }), headers: { origin: "https://customer.example", ...fromNewAddress() } });
      expect(again.status, again.text).toBe(200);
      const { token } = z.object({ token: z.string() }).parse(JSON.parse(again.text));
      await expectStillServing({ ...w, visitor: { ...w.visitor, token } });
    }, timeoutFor(RUNS, 600));
  }
});
