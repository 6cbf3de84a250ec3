import { describe, expect, it } from "vitest";
import { replyAddress, replyTargetOf } from "./replyAddress.ts";

const KEY = "test-secret-key";
const target = { workspaceId: 3, conversationId: 41 };

describe("replyAddress", () => {
  it("gives each conversation its own address on the domain", async () => {
    const first = await replyAddress(KEY, target, "mail.example.com");
    const second = await replyAddress(KEY, { ...target, conversationId: 42 }, "mail.example.com");
    expect(first).toMatch(/^reply-3-41-[0-9a-f]{24}@mail\.example\.com$/);
    expect(second).not.toBe(first);
    expect(await replyAddress(KEY, target, "mail.example.com")).toBe(first);
  });

  it("signs with a key of its own, so another Worker secret gives another address", async () => {
    expect(await replyAddress("other-key", target, "x.test")).not.toBe(await replyAddress(KEY, target, "x.test"));
  });
});

describe("replyTargetOf", () => {
  it("finds the conversation of an address it signed, in any letter case", async () => {
    const address = await replyAddress(KEY, target, "x.test");
    expect(await replyTargetOf(KEY, address)).toEqual(target);
    expect(await replyTargetOf(KEY, address.toUpperCase())).toEqual(target);
  });

  it("refuses an address with a changed number or signature", async () => {
    const address = await replyAddress(KEY, target, "x.test");
    expect(await replyTargetOf(KEY, address.replace("reply-3-41-", "reply-3-42-"))).toBeNull();
    const sig = address.slice("reply-3-41-".length, address.indexOf("@"));
    const flipped = `${sig.slice(0, -1)}${sig.endsWith("0") ? "1" : "0"}`;
    expect(await replyTargetOf(KEY, address.replace(sig, flipped))).toBeNull();
    expect(await replyTargetOf("other-key", address)).toBeNull();
  });

  it("refuses addresses of any other shape", async () => {
    expect(await replyTargetOf(KEY, "owner@example.com")).toBeNull();
    expect(await replyTargetOf(KEY, "reply-3-41@x.test")).toBeNull();
  });
});
