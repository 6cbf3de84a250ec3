import { describe, expect, it } from "vitest";
import { readUploadReceipt, signedUrl, signPath, signUploadReceipt, urlExpiry, verifySignedPath, type UploadReceipt } from "./attachmentSig.ts";

const KEY = "test-secret-key";
const PATH = "/attachments/1/c5/abc/photo.png";
const NOW = 1_800_000_000;

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** Each character changed to its neighbour in the base64url alphabet: the last one's change lands in unused low bits. */
function oneCharChanges(text: string): string[] {
  return [...text].map((c, i) => `${text.slice(0, i)}${ALPHABET[ALPHABET.indexOf(c) ^ 1]}${text.slice(i + 1)}`);
}

describe("urlExpiry", () => {
  it("falls on the hour, two to three hours ahead", () => {
    const exp = urlExpiry(NOW);
    expect(exp % 3600).toBe(0);
    expect(exp - NOW).toBeGreaterThanOrEqual(2 * 3600);
    expect(exp - NOW).toBeLessThanOrEqual(3 * 3600);
    expect(urlExpiry(NOW + 60)).toBe(exp);
  });
});

describe("verifySignedPath", () => {
  const parts = async (now = NOW) => new URL(await signedUrl(KEY, PATH, now), "https://parley.test").searchParams;

  it("accepts the URL it signed for at least an hour", async () => {
    const q = await parts();
    expect(await verifySignedPath(KEY, PATH, q.get("exp"), q.get("sig"), NOW)).toBe(true);
    expect(await verifySignedPath(KEY, PATH, q.get("exp"), q.get("sig"), NOW + 3600)).toBe(true);
  });

  it("refuses it once expired", async () => {
    const q = await parts();
    expect(await verifySignedPath(KEY, PATH, q.get("exp"), q.get("sig"), Number(q.get("exp")) + 1)).toBe(false);
  });

  it("refuses every one-character change of the signature", async () => {
    const q = await parts();
    const results = await Promise.all(oneCharChanges(q.get("sig") ?? "").map((sig) => verifySignedPath(KEY, PATH, q.get("exp"), sig, NOW)));
    expect(results.every((ok) => !ok)).toBe(true);
  });

  it("refuses another path, a later expiry, another key and a missing signature", async () => {
    const q = await parts();
    const exp = q.get("exp");
    expect(await verifySignedPath(KEY, "/attachments/1/c6/abc/photo.png", exp, q.get("sig"), NOW)).toBe(false);
    expect(await verifySignedPath(KEY, PATH, String(Number(exp) + 3600), q.get("sig"), NOW)).toBe(false);
    expect(await verifySignedPath("other-key", PATH, exp, q.get("sig"), NOW)).toBe(false);
    expect(await verifySignedPath(KEY, PATH, exp, null, NOW)).toBe(false);
  });

  it("refuses an expiry further ahead than any link it issues, even correctly signed", async () => {
    const far = urlExpiry(NOW) + 3600;
    expect(await verifySignedPath(KEY, PATH, String(far), await signPath(KEY, PATH, far), NOW)).toBe(false);
  });
});

describe("readUploadReceipt", () => {
  const receipt: UploadReceipt = { key: "1/c5/abc", name: "photo.png", content_type: "image/png", filesize: 42 };

  it("reads back the receipt it signed", async () => {
    expect(await readUploadReceipt(KEY, await signUploadReceipt(KEY, receipt))).toEqual(receipt);
  });

  it("refuses a receipt signed with another key or changed anywhere", async () => {
    const token = await signUploadReceipt(KEY, receipt);
    expect(await readUploadReceipt("other-key", token)).toBeNull();
    const forged = await signUploadReceipt(KEY, { ...receipt, key: "1/c6/abc" });
    expect(await readUploadReceipt(KEY, `${token.split(".")[0]}.${forged.split(".")[1]}`)).toBeNull();
    expect(await readUploadReceipt(KEY, `${token}.x`)).toBeNull();
  });

  it("is not a URL signature: a receipt's MAC never verifies as a link", async () => {
    const exp = urlExpiry(NOW);
    const urlSig = await signPath(KEY, PATH, exp);
    expect(await readUploadReceipt(KEY, `${btoa(`${PATH}\n${exp}`)}.${urlSig}`)).toBeNull();
  });
});
