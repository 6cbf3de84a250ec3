import { parseRule, type Rule, type RuleContact } from "../../shared/rules/index.ts";
import type { Reachability } from "../../shared/engage/eligibility.ts";
import type { Contact } from "./schema.ts";

/** What rules and eligibility see of a stored contact. */
export function ruleContactOf(contact: Contact, events: Record<string, number>, tags: readonly string[]): RuleContact & Reachability {
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
    events,
    tags,
    unsubscribedFromEmails: contact.unsubscribedFromEmails,
    emailVerified: contact.emailVerified,
  };
}

/** Rules were validated when saved; re-parsing what comes back from D1 keeps casts out. */
export function storedRule(json: unknown): Rule | null {
  const parsed = parseRule(json, "rules");
  return parsed.ok ? parsed.rule : null;
}
