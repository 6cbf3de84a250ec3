import { base64UrlDecode, base64UrlEncode, hmacBytes, sameBytes } from "./hmac.ts";

// A visitor's bearer credential: which contact of which workspace, signed with the workspace's
// visitor-token key (never shown to anyone). Kept by the widget in the site's localStorage.
// It also carries the contact's token generation (bumping it revokes every token issued before)
// and whether the boot that earned it was verified (a signed identity).
const VERSION = "v2";
/** Anonymous and unverified visitors: the token is all they have, so it lives long. */
export const VISITOR_TOKEN_TTL_SECONDS = 90 * 24 * 3600;
/** Verified users: the site proves them again at every boot, so a stolen token expires sooner. */
export const VERIFIED_TOKEN_TTL_SECONDS = 7 * 24 * 3600;

export interface VisitorClaims {
  workspaceId: number;
  contactId: string;
  issuedAt: number;
  generation: number;
  verified: boolean;
}

export async function signVisitorToken(secret: string, claims: VisitorClaims): Promise<string> {
  const body = `${VERSION}.${claims.workspaceId}.${claims.contactId}.${claims.issuedAt}.${claims.generation}.${claims.verified ? "v" : "u"}`;
  return `${body}.${base64UrlEncode(await hmacBytes(secret, body))}`;
}

/** Reads the claims without trusting them. */
export function peekVisitorToken(token: string): VisitorClaims | null {
  const match = /^v2\.([0-9]{1,15})\.([0-9a-f]{24})\.([0-9]{1,12})\.([0-9]{1,10})\.([vu])\.[A-Za-z0-9_-]{43}$/.exec(token);
  if (!match) return null;
  return { workspaceId: Number(match[1]), contactId: match[2] ?? "", issuedAt: Number(match[3]), generation: Number(match[4]), verified: match[5] === "v" };
}

export async function verifyVisitorToken(secret: string, token: string, now: number): Promise<VisitorClaims | null> {
  const claims = peekVisitorToken(token);
  if (!claims || !secret) return null;
  const lifetime = claims.verified ? VERIFIED_TOKEN_TTL_SECONDS : VISITOR_TOKEN_TTL_SECONDS;
  return (await validFor(secret, token, claims.issuedAt, lifetime, now)) ? claims : null;
}

/** Issued no later than a few minutes ahead, within its lifetime, and signed with `secret`. */
async function validFor(secret: string, token: string, issuedAt: number, lifetime: number, now: number): Promise<boolean> {
  if (issuedAt > now + 300 || issuedAt + lifetime < now) return false;
  const cut = token.lastIndexOf(".");
  const signature = base64UrlDecode(token.slice(cut + 1));
  const expected = await hmacBytes(secret, token.slice(0, cut));
  return signature !== null && sameBytes(signature, expected);
}

export interface TokenHolder {
  tokenGeneration: number;
  verifiedAt: number | null;
  role: "user" | "lead";
}

/**
 * Whether a correctly signed token still opens this contact: its generation is current, and a
 * token earned without proof never opens a contact that was proven since, nor a user while the
 * workspace enforces verification.
 */
export function tokenStillValid(claims: VisitorClaims, contact: TokenHolder, enforced: boolean): boolean {
  if (claims.generation !== contact.tokenGeneration) return false;
  if (claims.verified) return true;
  if (contact.verifiedAt !== null) return false;
  return !(enforced && contact.role === "user");
}

/**
 * Tokens issued before generations existed (`v1.<workspace>.<contact>.<issued>.<mac>`, signed with
 * the workspace's plain visitor secret): still accepted, as generation 0 and unverified, so an
 * anonymous visitor keeps their conversations across the upgrade; their next boot gets a v2 token.
 */
export async function verifyLegacyVisitorToken(secret: string, token: string, now: number): Promise<VisitorClaims | null> {
  const match = /^v1\.([0-9]{1,15})\.([0-9a-f]{24})\.([0-9]{1,12})\.[A-Za-z0-9_-]{43}$/.exec(token);
  if (!match || !secret) return null;
  const claims: VisitorClaims = { workspaceId: Number(match[1]), contactId: match[2] ?? "", issuedAt: Number(match[3]), generation: 0, verified: false };
  return (await validFor(secret, token, claims.issuedAt, VISITOR_TOKEN_TTL_SECONDS, now)) ? claims : null;
}
