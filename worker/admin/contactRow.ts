import type { ContactRow } from "../../shared/contactApi.ts";
import { contactName, isAnonymous } from "../../shared/contactName.ts";
import type { Contact } from "../db/schema.ts";

/** A row of the admin app's contacts table, named as everywhere else in the app. */
export function contactRow(c: Contact): ContactRow {
  return {
    id: c.id,
    display_name: contactName(c),
    anonymous: isAnonymous(c),
    role: c.role,
    name: c.name,
    email: c.email,
    external_id: c.externalId,
    last_seen_at: c.lastSeenAt,
    signed_up_at: c.signedUpAt,
    web_sessions: c.webSessions,
  };
}
