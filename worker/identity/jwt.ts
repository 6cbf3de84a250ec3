import { base64UrlDecode, base64UrlEncode, hmacBytes, sameBytes } from "./hmac.ts";

export type JwtClaims = Record<string, unknown> & { user_id: string };
export type JwtResult = { ok: true; claims: JwtClaims } | { ok: false; reason: string };

const LEEWAY_SECONDS = 60;

/** Verifies an HS256 JWT as Intercom's `intercom_user_jwt`: signature, `exp`, and a `user_id` claim. */
export async function verifyJwt(secret: string, token: string, now: number): Promise<JwtResult> {
  const pieces = token.split(".");
  if (pieces.length !== 3) return { ok: false, reason: "not a JWT" };
  const [headerText, payloadText, signatureText] = pieces as [string, string, string];
  const header = decodeJson(headerText);
  if (!header || header.alg !== "HS256") return { ok: false, reason: "only HS256 is accepted" };
  const signature = base64UrlDecode(signatureText);
  const expected = await hmacBytes(secret, `${headerText}.${payloadText}`);
  if (!signature || !sameBytes(signature, expected)) return { ok: false, reason: "bad signature" };
  const claims = decodeJson(payloadText);
  if (!claims) return { ok: false, reason: "unreadable claims" };
  if (claims.exp !== undefined && (typeof claims.exp !== "number" || claims.exp + LEEWAY_SECONDS < now)) return { ok: false, reason: "expired" };
  const userId = claims.user_id;
  if (typeof userId !== "string" && typeof userId !== "number") return { ok: false, reason: "user_id claim missing" };
  return { ok: true, claims: { ...claims, user_id: String(userId) } };
}

/** Signs claims as HS256; tests and docs use it to show what a customer's backend does. */
export async function signJwt(secret: string, claims: Record<string, unknown>): Promise<string> {
  const encode = (value: unknown) => base64UrlEncode(new TextEncoder().encode(JSON.stringify(value)));
  const unsigned = `${encode({ alg: "HS256", typ: "JWT" })}.${encode(claims)}`;
  return `${unsigned}.${base64UrlEncode(await hmacBytes(secret, unsigned))}`;
}

function decodeJson(part: string): Record<string, unknown> | null {
  const bytes = base64UrlDecode(part);
  if (!bytes) return null;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof value === "object" && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : null;
  } catch {
    return null;
  }
}
