// Which existing user a boot may become (CONTRACT §3). A valid user_hash or JWT proves its own
// user_id (or the email it was computed over) and nothing else; an unsigned identity, possible
// only while enforcement is off, may reach a contact that nothing ever proved, never one that was.

export interface BootIdentity {
  externalId: string | null;
  email: string | null;
  /** A valid user_hash or JWT came with the boot. */
  verified: boolean;
  /** The email itself was signed: the JWT's email claim, or a user_hash computed over the email. */
  emailSigned: boolean;
}

export interface Candidate {
  id: string;
  externalId: string | null;
  verifiedAt: number | null;
  emailVerified: boolean;
}

/** Proven at some point: by a signed boot, or by the REST API setting its email. */
export function everVerified(contact: Candidate): boolean {
  return contact.verifiedAt !== null || contact.emailVerified;
}

export type Match<C> = { kind: "existing"; contact: C } | { kind: "none" } | { kind: "blocked" };

/**
 * `byExternalId`: the contact holding the boot's user_id; `byEmail`: users holding its email.
 * "none": no contact to move to, the visitor's own lead becomes the user; "blocked": the boot
 * names a proven contact without proof, so it stays an anonymous visitor.
 */
export function matchContact<C extends Candidate>(identity: BootIdentity, byExternalId: C | undefined, byEmail: readonly C[]): Match<C> {
  const reachable = (c: C) => identity.verified || !everVerified(c);
  if (identity.externalId !== null) {
    if (byExternalId) return reachable(byExternalId) ? { kind: "existing", contact: byExternalId } : { kind: "blocked" };
    // Nobody holds this user_id yet: only a signed email may lead to a contact that has none.
    const viaEmail = identity.emailSigned ? byEmail.find((c) => c.externalId === null && c.emailVerified) : undefined;
    return viaEmail ? { kind: "existing", contact: viaEmail } : { kind: "none" };
  }
  if (identity.email === null) return { kind: "none" };
  if (identity.verified) {
    const proven = byEmail.find((c) => c.emailVerified);
    return proven ? { kind: "existing", contact: proven } : { kind: "none" };
  }
  if (byEmail.some(everVerified)) return { kind: "blocked" };
  const first = byEmail[0];
  return first ? { kind: "existing", contact: first } : { kind: "none" };
}

/** What a boot writes over the contact's email: a signed email always, an unsigned one only over an unproven email. */
export function emailAfterBoot(identity: BootIdentity, contact: { email: string | null; emailVerified: boolean }): { email: string | null; emailVerified: boolean } {
  if (identity.email === null || identity.email === contact.email) {
    return { email: contact.email, emailVerified: contact.emailVerified || (identity.emailSigned && identity.email !== null) };
  }
  if (identity.emailSigned) return { email: identity.email, emailVerified: true };
  return contact.emailVerified ? { email: contact.email, emailVerified: true } : { email: identity.email, emailVerified: false };
}
