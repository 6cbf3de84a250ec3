import { base64UrlDecode, base64UrlEncode, hmacBytes, sameBytes } from "../identity/hmac.ts";

// The link in a confirmation email: proof that whoever reads that inbox asked for the messenger's
// emails. It signs the address itself, so it confirms nothing once the contact's email changed,
// and a purpose prefix keeps it from ever passing for a visitor token signed with the same key.
const VERSION = "e1";
export const EMAIL_OPT_IN_TTL_SECONDS = 7 * 24 * 3600;

export interface OptInClaims {
  workspaceId: number;
  contactId: string;
  email: string;
  issuedAt: number;
}

function signedText(claims: OptInClaims): string {
  return `email-opt-in:${claims.workspaceId}:${claims.contactId}:${claims.email.toLowerCase()}:${claims.issuedAt}`;
}

export async function signOptInToken(key: string, claims: OptInClaims): Promise<string> {
  return `${VERSION}.${claims.contactId}.${claims.issuedAt}.${base64UrlEncode(await hmacBytes(key, signedText(claims)))}`;
}

/** Which contact a token names, untrusted: the caller looks it up to learn the email to verify against. */
export function peekOptInToken(token: string): { contactId: string; issuedAt: number } | null {
  const match = /^e1\.([0-9a-f]{24})\.([0-9]{1,12})\.[A-Za-z0-9_-]{43}$/.exec(token);
  return match ? { contactId: match[1] ?? "", issuedAt: Number(match[2]) } : null;
}

/** True when the token was signed for exactly this workspace, contact and email, within the last 7 days. */
export async function verifyOptInToken(key: string, token: string, expected: Omit<OptInClaims, "issuedAt">, now: number): Promise<boolean> {
  const peeked = peekOptInToken(token);
  if (!peeked || !key || peeked.contactId !== expected.contactId) return false;
  if (peeked.issuedAt > now + 60 || peeked.issuedAt + EMAIL_OPT_IN_TTL_SECONDS < now) return false;
  const signature = base64UrlDecode(token.slice(token.lastIndexOf(".") + 1));
  const wanted = await hmacBytes(key, signedText({ ...expected, issuedAt: peeked.issuedAt }));
  return signature !== null && sameBytes(signature, wanted);
}
