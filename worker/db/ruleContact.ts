import { and, count, eq } from "drizzle-orm";
import type { RuleContact } from "../../shared/rules/types.ts";
import type { Db } from "./client.ts";
import { contactById } from "./contacts.ts";
import { contactEvents } from "./schema.ts";

/** One contact as the rule evaluator sees it, event counts included. */
export async function ruleContactOf(db: Db, workspaceId: number, contactId: string): Promise<RuleContact | null> {
  const [contact, counts] = await Promise.all([
    contactById(db, workspaceId, contactId),
    db
      .select({ name: contactEvents.name, n: count() })
      .from(contactEvents)
      .where(and(eq(contactEvents.workspaceId, workspaceId), eq(contactEvents.contactId, contactId)))
      .groupBy(contactEvents.name)
      .all(),
  ]);
  if (!contact) return null;
  return {
    role: contact.role,
    email: contact.email,
    name: contact.name,
    external_id: contact.externalId,
    signed_up_at: contact.signedUpAt,
    last_seen_at: contact.lastSeenAt,
    created_at: contact.createdAt,
    web_sessions: contact.webSessions,
    custom_attributes: contact.customAttributes,
    events: Object.fromEntries(counts.map((c) => [c.name, c.n])),
  };
}
