// X-Hub-Signature as Intercom sends it: "sha1=" and the lowercase hex HMAC-SHA1 of the exact body
// bytes, keyed with the subscription's secret as UTF-8. A receiver written for Intercom checks it unchanged.

export const SIGNATURE_HEADER = "X-Hub-Signature";

export async function hubSignature(secret: string, body: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-1" }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(body)));
  return `sha1=${[...mac].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}
