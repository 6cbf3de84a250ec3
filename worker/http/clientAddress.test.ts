import { describe, expect, it } from "vitest";
import { clientAddress, LOCAL_ADDRESS } from "./clientAddress.ts";

describe("clientAddress", () => {
  it("trusts CF-Connecting-IP where Cloudflare's edge sets it", () => {
    expect(clientAddress(new Headers({ "cf-connecting-ip": "203.0.113.9" }), {})).toBe("203.0.113.9");
    expect(clientAddress(new Headers(), {})).toBe("unknown");
  });

  it("ignores a client-sent CF-Connecting-IP in local development", () => {
    const spoofed = (n: number) => new Headers({ "cf-connecting-ip": `198.51.100.${n}` });
    expect(clientAddress(spoofed(1), { PARLEY_LOCAL_DEV: "1" })).toBe(LOCAL_ADDRESS);
    expect(clientAddress(spoofed(2), { PARLEY_LOCAL_DEV: "1" })).toBe(clientAddress(spoofed(3), { PARLEY_LOCAL_DEV: "1" }));
  });
});
