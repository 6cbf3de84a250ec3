import type { Settings } from "./settings.ts";

// Who a boot says it is, and whether the workspace believes it (CONTRACT §3).
export type IdentityClaim =
  | { kind: "anonymous" }
  | { kind: "user"; externalId: string | null; email: string | null; verified: boolean; emailSigned: boolean; extra: Record<string, unknown> }
  | { kind: "refused"; reason: string };

export interface Verification {
  /** null when no user_hash was given. */
  hashValid: boolean | null;
  /** null when no JWT was given; otherwise its claims or why it failed. */
  jwt: { ok: true; claims: Record<string, unknown> & { user_id: string } } | { ok: false; reason: string } | null;
}

// Registered JWT claims describe the token, not the person; user_id and email have their own fields.
const NOT_ATTRIBUTES = new Set(["user_id", "email", "exp", "iat", "nbf", "iss", "aud", "sub", "jti"]);

export function decideIdentity(settings: Settings, enforced: boolean, check: Verification): IdentityClaim {
  if (check.jwt) {
    if (!check.jwt.ok) return { kind: "refused", reason: `intercom_user_jwt refused: ${check.jwt.reason}` };
    const claims = check.jwt.claims;
    const extra = Object.fromEntries(Object.entries(claims).filter(([name]) => !NOT_ATTRIBUTES.has(name)));
    const signedEmail = typeof claims.email === "string" ? claims.email.toLowerCase() : null;
    return { kind: "user", externalId: claims.user_id, email: signedEmail ?? settings.email ?? null, verified: true, emailSigned: signedEmail !== null, extra };
  }
  const externalId = settings.user_id ?? null;
  const email = settings.email ?? null;
  if (externalId === null && email === null) return { kind: "anonymous" };
  // A wrong hash is never accepted, whether or not verification is enforced.
  if (check.hashValid === false) return { kind: "refused", reason: "user_hash does not match" };
  if (check.hashValid === null && enforced) return { kind: "refused", reason: "identity verification is required: send user_hash or intercom_user_jwt" };
  const verified = check.hashValid === true;
  // The hash is over user_id when there is one, so then it says nothing about the email.
  return { kind: "user", externalId, email, verified, emailSigned: verified && externalId === null, extra: {} };
}

/** What the user_hash is computed over: user_id when present, else email. */
export function hashSubject(settings: Settings): string | null {
  return settings.user_id ?? settings.email ?? null;
}
