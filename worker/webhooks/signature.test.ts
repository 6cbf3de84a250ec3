import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hubSignature } from "./signature.ts";

describe("hubSignature", () => {
  it("matches RFC 2202's HMAC-SHA1 test vector", async () => {
    expect(await hubSignature("Jefe", "what do ya want for nothing?")).toBe("sha1=effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
  });

  it("equals what an Intercom receiver computes with node:crypto over the same body", async () => {
    const secret = "whsec_ünïcode-and-ascii";
    const body = JSON.stringify({ type: "notification_event", topic: "conversation.user.created", data: { item: { body: "héllo ✓" } } });
    const expected = `sha1=${createHmac("sha1", secret).update(body).digest("hex")}`;
    expect(await hubSignature(secret, body)).toBe(expected);
  });

  it("changes when one byte of the body changes", async () => {
    expect(await hubSignature("s", '{"a":1}')).not.toBe(await hubSignature("s", '{"a":2}'));
  });
});
