import { base64UrlDecode, base64UrlEncode, hmacBytes, sameBytes } from "./hmac.ts";

export type JwtClaims = Record<string, unknown> & { user_id: string };
export type JwtResult = { ok: true; claims: JwtClaims } | { ok: false; reason: string };

/** Clock skew tolerated between the customer's backend and Parley, on `exp`, `nbf` and `iat`. */
export const LEEWAY_SECONDS = 60;
/** A token without `exp` lives this long after its `iat`; one with neither is refused. */
export const MAX_LIFETIME_WITHOUT_EXP_SECONDS = 24 * 3600;

/** Verifies an HS256 JWT as Intercom's `intercom_user_jwt`: signature, time claims, and a `user_id` claim. */
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
  const timeProblem = lifetimeProblem(claims, now);
  if (timeProblem) return { ok: false, reason: timeProblem };
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

/** `exp` honoured, `nbf` honoured, no `iat` from the future, and no token valid forever. */
export function lifetimeProblem(claims: Record<string, unknown>, now: number): string | null {
  const { exp, nbf, iat } = claims;
  for (const [name, value] of [["exp", exp], ["nbf", nbf], ["iat", iat]] as const) {
    if (value !== undefined && (typeof value !== "number" || !Number.isFinite(value))) return `${name} is not a number`;
  }
  if (typeof exp === "number" && exp + LEEWAY_SECONDS < now) return "expired";
  if (typeof nbf === "number" && nbf - LEEWAY_SECONDS > now) return "not valid yet (nbf)";
  if (typeof iat === "number" && iat - LEEWAY_SECONDS > now) return "issued in the future (iat)";
  if (exp !== undefined) return null;
  if (typeof iat !== "number") return "exp claim missing";
  return iat + MAX_LIFETIME_WITHOUT_EXP_SECONDS + LEEWAY_SECONDS < now ? "expired (no exp: 24 hours after iat)" : null;
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
