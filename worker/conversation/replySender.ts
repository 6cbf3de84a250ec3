/**
 * Whether an inbound email comes from the contact: the envelope sender is their address, and so
 * is the From header when there is one. Anyone else's email adds nothing to the conversation.
 */
export function fromContact(contactEmail: string | null, envelopeFrom: string, headerFrom: string | null): boolean {
  if (!contactEmail) return false;
  const own = contactEmail.trim().toLowerCase();
  return envelopeFrom.trim().toLowerCase() === own && (headerFrom === null || headerFrom === own);
}
