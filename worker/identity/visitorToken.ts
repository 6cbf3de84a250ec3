import { base64UrlDecode, base64UrlEncode, hmacBytes, sameBytes } from "./hmac.ts";

// A visitor's bearer credential: which contact of which workspace, signed with the workspace's
// visitor-token secret (never shown to anyone). Kept by the widget in the site's localStorage.
const VERSION = "v1";
export const VISITOR_TOKEN_TTL_SECONDS = 365 * 24 * 3600;

export interface VisitorClaims {
  workspaceId: number;
  contactId: string;
  issuedAt: number;
}

export async function signVisitorToken(secret: string, claims: VisitorClaims): Promise<string> {
  const body = `${VERSION}.${claims.workspaceId}.${claims.contactId}.${claims.issuedAt}`;
  return `${body}.${base64UrlEncode(await hmacBytes(secret, body))}`;
}

/** Reads the claims without trusting them, to find the workspace whose secret checks the signature. */
export function peekVisitorToken(token: string): VisitorClaims | null {
  const match = /^v1\.([0-9]{1,15})\.([0-9a-f]{24})\.([0-9]{1,12})\.[A-Za-z0-9_-]{43}$/.exec(token);
  if (!match) return null;
  return { workspaceId: Number(match[1]), contactId: match[2] ?? "", issuedAt: Number(match[3]) };
}

export async function verifyVisitorToken(secret: string, token: string, now: number): Promise<VisitorClaims | null> {
  const claims = peekVisitorToken(token);
  if (!claims || !secret) return null;
  if (claims.issuedAt > now + 300 || claims.issuedAt + VISITOR_TOKEN_TTL_SECONDS < now) return null;
  const cut = token.lastIndexOf(".");
  const signature = base64UrlDecode(token.slice(cut + 1));
  const expected = await hmacBytes(secret, token.slice(0, cut));
  return signature && sameBytes(signature, expected) ? claims : null;
}
