// Right after a messenger boot/update: the visitor's own auto messages, decided in memory with the
// same evaluator the property test holds equal to the SQL path, so a contact who starts matching
// mid-visit gets an in-app message during that visit rather than at the next cron tick.
import { autoMessageDue } from "../../shared/engage/eligibility.ts";
import { liveAutoMessages } from "../db/autoMessages.ts";
import { contactById } from "../db/contacts.ts";
import { eventCountsOf } from "../db/engageAudience.ts";
import { tagNamesOfContacts } from "../db/taggings.ts";
import type { Ctx } from "../http/context.ts";
import { senderFor } from "./deliver.ts";
import { deliver } from "./dispatch.ts";
import type { Mailer } from "./mailer.ts";
import { ruleContactOf, storedRule } from "../db/ruleContact.ts";

export async function evaluateContactNow(c: Ctx, workspaceId: number, contactId: string, mailer?: Mailer): Promise<number> {
  const messages = await liveAutoMessages(c.db, workspaceId);
  if (messages.length === 0) return 0;
  const [contact, events, tags] = await Promise.all([contactById(c.db, workspaceId, contactId), eventCountsOf(c.db, workspaceId, contactId), tagNamesOfContacts(c.db, workspaceId, [contactId])]);
  if (!contact) return 0;
  const seen = ruleContactOf(contact, events, tags.get(contactId) ?? []);
  const sender = senderFor(c, mailer);
  let delivered = 0;
  for (const message of messages) {
    const rule = storedRule(message.rules);
    if (!rule || !autoMessageDue({ state: message.state, channel: message.channel, rule }, seen, c.now)) continue;
    if (await deliver(sender, { autoMessageId: message.id }, message, contact)) delivered++;
  }
  return delivered;
}

/** For c.defer: a failure here must never fail the visitor's boot. */
export function evaluateContactSoon(c: Ctx, workspaceId: number, contactId: string): Promise<void> {
  return evaluateContactNow(c, workspaceId, contactId).then(
    () => undefined,
    (error: unknown) => console.error(JSON.stringify({ level: "error", what: "evaluateContactNow failed", contact_id: contactId, error: String(error) })),
  );
}
