// Who may receive what. The scheduled run expresses the same decision in SQL (see
// worker/db/engageAudience.ts); eligibility.test.ts pins the cases both must honour.
import { matches } from "../rules/evaluate.ts";
import type { Rule, RuleContact } from "../rules/types.ts";

export type Channel = "in_app" | "email";
export type MessageState = "live" | "paused" | "draft";

export interface Reachability {
  email: string | null;
  unsubscribedFromEmails: boolean;
  /** The address was proven (a signed identity) or set by the customer through the REST API. */
  emailVerified: boolean;
}

/**
 * In-app reaches everyone with a messenger. Email needs an address nobody could have typed in for
 * someone else (a visitor's unsigned boot may name any address) and no unsubscribe.
 */
export function canReceive(channel: Channel, contact: Reachability): boolean {
  if (channel === "in_app") return true;
  return contact.email !== null && contact.email !== "" && contact.emailVerified && !contact.unsubscribedFromEmails;
}

/** Whether an auto message should go to this contact now, ignoring what was already delivered. */
export function autoMessageDue(
  message: { state: MessageState; channel: Channel; rule: Rule },
  contact: RuleContact & Reachability,
  now: number,
): boolean {
  return message.state === "live" && canReceive(message.channel, contact) && matches(message.rule, contact, now);
}
