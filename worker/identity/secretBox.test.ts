import { describe, expect, it } from "vitest";
import { isWrapped, unwrapSecret, wrapSecret } from "./secretBox.ts";

describe("wrapSecret", () => {
  it("stores no trace of the secret and differs at every write", async () => {
    const a = await wrapSecret("key", "identity:1", "the-identity-secret");
    const b = await wrapSecret("key", "identity:1", "the-identity-secret");
    expect(isWrapped(a)).toBe(true);
    expect(a).not.toContain("the-identity-secret");
    expect(a).not.toBe(b);
  });
});

describe("unwrapSecret", () => {
  it("returns the secret with the same key and context", async () => {
    const stored = await wrapSecret("key", "identity:1", "the-identity-secret");
    expect(await unwrapSecret("key", "identity:1", stored)).toBe("the-identity-secret");
  });

  it("refuses another key or another context", async () => {
    const stored = await wrapSecret("key", "identity:1", "the-identity-secret");
    await expect(unwrapSecret("other", "identity:1", stored)).rejects.toThrow();
    await expect(unwrapSecret("key", "identity:2", stored)).rejects.toThrow();
  });

  it("reads values stored before wrapping as they are", async () => {
    expect(await unwrapSecret("key", "identity:1", "plain-old-secret")).toBe("plain-old-secret");
  });
});
