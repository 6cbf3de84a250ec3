import type { Contact, NewContact } from "../db/schema.ts";

type Patch = Partial<Omit<NewContact, "id" | "workspaceId" | "createdAt">>;

/**
 * What the user takes from a merged lead: what it lacks (name, phone, an email with its
 * verification, custom attributes it has no value for) and the lead's history (sessions, last
 * seen). The user's own values always win: the lead was anonymous, the user is who we know.
 */
export function mergedUserFields(lead: Contact, user: Contact, now: number): Patch {
  const patch: Patch = { updatedAt: now };
  if (user.name === null && lead.name !== null) patch.name = lead.name;
  if (user.phone === null && lead.phone !== null) patch.phone = lead.phone;
  if (user.email === null && lead.email !== null) {
    patch.email = lead.email;
    patch.emailVerified = lead.emailVerified;
  }
  const missing = Object.entries(lead.customAttributes).filter(([name]) => !(name in user.customAttributes));
  if (missing.length > 0) patch.customAttributes = { ...Object.fromEntries(missing), ...user.customAttributes };
  if (lead.lastSeenAt !== null && (user.lastSeenAt === null || lead.lastSeenAt > user.lastSeenAt)) patch.lastSeenAt = lead.lastSeenAt;
  if (lead.webSessions > 0) patch.webSessions = user.webSessions + lead.webSessions;
  return patch;
}
