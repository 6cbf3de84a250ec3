import { base64UrlDecode, base64UrlEncode } from "./hmac.ts";

// Secrets Parley must be able to read back (identity secrets, the visitor-token key) are stored in
// D1 wrapped with AES-GCM under a key derived from the PARLEY_SECRET_KEY Worker secret, so a copy
// of the database alone does not give them away. The context (e.g. "identity:7") is bound in as
// additional data: a wrapped value moved to another workspace or column does not unwrap.
const PREFIX = "sk1";

/** `wrangler dev` and tests run without the Worker secret; production sets it (docs/security.md). */
export const DEV_SECRET_KEY = "parley-development-key-not-for-production";

export function secretKeyText(env: { PARLEY_SECRET_KEY?: string }): string {
  return env.PARLEY_SECRET_KEY || DEV_SECRET_KEY;
}

const keys = new Map<string, Promise<CryptoKey>>();

function aesKey(keyText: string): Promise<CryptoKey> {
  let key = keys.get(keyText);
  if (!key) {
    key = crypto.subtle
      .digest("SHA-256", new TextEncoder().encode(`parley-secret-box:${keyText}`))
      .then((raw) => crypto.subtle.importKey("raw", raw, "AES-GCM", false, ["encrypt", "decrypt"]));
    keys.set(keyText, key);
  }
  return key;
}

export function isWrapped(stored: string): boolean {
  return stored.startsWith(`${PREFIX}.`);
}

export async function wrapSecret(keyText: string, context: string, plain: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: new TextEncoder().encode(context) },
    await aesKey(keyText),
    new TextEncoder().encode(plain),
  );
  return `${PREFIX}.${base64UrlEncode(iv)}.${base64UrlEncode(new Uint8Array(sealed))}`;
}

/** Plain values written before wrapping existed are returned as they are. */
export async function unwrapSecret(keyText: string, context: string, stored: string): Promise<string> {
  if (!isWrapped(stored)) return stored;
  const [, ivText = "", sealedText = ""] = stored.split(".");
  const iv = base64UrlDecode(ivText);
  const sealed = base64UrlDecode(sealedText);
  if (!iv || !sealed) throw new Error(`unreadable wrapped secret for ${context}`);
  const plain = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: new Uint8Array(iv), additionalData: new TextEncoder().encode(context) },
    await aesKey(keyText),
    new Uint8Array(sealed),
  );
  return new TextDecoder().decode(plain);
}
