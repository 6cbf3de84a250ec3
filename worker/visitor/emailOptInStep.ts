// What the messenger's "Get notified by email" does with the visitor's own contact. An email
// somebody proved (a signed identity, the REST API, an earlier confirmation) is never replaced by
// one typed into the messenger, as an unsigned boot cannot replace it either (contactMatch.ts).

export type OptInStep = "already_confirmed" | "keep_proven" | "send_confirmation";

export function optInStep(contact: { email: string | null; emailVerified: boolean }, email: string): OptInStep {
  if (!contact.emailVerified || !contact.email) return "send_confirmation";
  return contact.email.toLowerCase() === email.toLowerCase() ? "already_confirmed" : "keep_proven";
}
