import * as z from "zod/mini";
import { base64UrlDecode, base64UrlEncode, sameBytes } from "./hmac.ts";

// Two credentials for attachments, each proving one thing, each under its own key derived from the
// Worker secret (never the visitor-token key): a URL signature proves "anyone holding this link
// may read this file until exp"; an upload receipt proves "Parley stored this file under this key,
// with this name, type and size", so a client can attach what it uploaded and nothing else.
type Purpose = "url" | "upload";

const keys = new Map<string, Promise<CryptoKey>>();

function keyFor(secretKey: string, purpose: Purpose): Promise<CryptoKey> {
  const id = `${purpose}:${secretKey}`;
  let key = keys.get(id);
  if (!key) {
    const encode = (text: string) => new TextEncoder().encode(text);
    key = crypto.subtle
      .importKey("raw", encode(secretKey), { name: "HMAC", hash: "SHA-256" }, false, ["sign"])
      .then((root) => crypto.subtle.sign("HMAC", root, encode(`parley-attachments:${purpose}:v1`)))
      .then((derived) => crypto.subtle.importKey("raw", derived, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]));
    keys.set(id, key);
  }
  return key;
}

async function mac(secretKey: string, purpose: Purpose, message: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign("HMAC", await keyFor(secretKey, purpose), new TextEncoder().encode(message)));
}

const HOUR = 3600;

/**
 * A link made now works for two to three hours: expiries fall on the hour, so every link to a
 * file made within one hour is the same URL and browsers cache it once.
 */
export function urlExpiry(now: number): number {
  return (Math.floor(now / HOUR) + 3) * HOUR;
}

export async function signPath(secretKey: string, path: string, exp: number): Promise<string> {
  return base64UrlEncode(await mac(secretKey, "url", `${path}\n${exp}`));
}

/** `path?exp=…&sig=…`, valid from now for at least two hours. */
export async function signedUrl(secretKey: string, path: string, now: number): Promise<string> {
  const exp = urlExpiry(now);
  return `${path}?exp=${exp}&sig=${await signPath(secretKey, path, exp)}`;
}

/** Whether a served path's `exp` and `sig` are ours and current; a far-future exp was never issued. */
export async function verifySignedPath(secretKey: string, path: string, exp: string | null, sig: string | null, now: number): Promise<boolean> {
  if (!exp || !sig || !/^[0-9]{1,12}$/.test(exp)) return false;
  const expiry = Number(exp);
  if (expiry < now || expiry > urlExpiry(now)) return false;
  // Compared as text: a base64 twin of the signature (other unused low bits) is another signature.
  const expected = base64UrlEncode(await mac(secretKey, "url", `${path}\n${expiry}`));
  return sameBytes(new TextEncoder().encode(sig), new TextEncoder().encode(expected));
}

export interface UploadReceipt {
  key: string;
  name: string;
  content_type: string;
  filesize: number;
}

const receiptSchema = z.object({ key: z.string(), name: z.string(), content_type: z.string(), filesize: z.number() });

export async function signUploadReceipt(secretKey: string, receipt: UploadReceipt): Promise<string> {
  const body = base64UrlEncode(new TextEncoder().encode(JSON.stringify(receipt satisfies UploadReceipt)));
  return `${body}.${base64UrlEncode(await mac(secretKey, "upload", body))}`;
}

/** The receipt a token carries if Parley signed it; null for anything else. */
export async function readUploadReceipt(secretKey: string, token: string): Promise<UploadReceipt | null> {
  const [body, sig, extra] = token.split(".");
  if (!body || !sig || extra !== undefined) return null;
  const expected = base64UrlEncode(await mac(secretKey, "upload", body));
  if (!sameBytes(new TextEncoder().encode(sig), new TextEncoder().encode(expected))) return null;
  const bytes = base64UrlDecode(body);
  if (!bytes) return null;
  try {
    const parsed = receiptSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
