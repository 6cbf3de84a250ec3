// The text of the scheduled run's page query, kept free of drizzle so bench:rules runs exactly
// the SQL the Worker runs. `?` placeholders, parameters in order.
import type { Channel } from "../../shared/engage/eligibility.ts";
import { toSql, type Rule } from "../../shared/rules/index.ts";

export interface PageQuery {
  workspaceId: number;
  rule: Rule;
  channel: Channel;
  now: number;
  after: string;
  limit: number;
  /** Leave out contacts that already hold a delivery of this auto message. */
  notDeliveredAutoMessageId?: number;
}

/**
 * Ids of one keyset page. INDEXED BY pins the walk to (workspace_id, id): left to itself the
 * planner may pick a rule column's index (signed_up_at…) and then re-sort every match for every
 * page, which turns a linear scan into a quadratic one at a million contacts.
 */
export function audiencePageIdsSql(q: PageQuery): { sql: string; params: (string | number)[] } {
  const rule = toSql(q.rule, q.now, "contacts");
  const reachable = q.channel === "email" ? " AND (contacts.email IS NOT NULL AND contacts.email != '' AND contacts.email_verified = 1 AND contacts.unsubscribed_from_emails = 0)" : "";
  const notDelivered =
    q.notDeliveredAutoMessageId === undefined
      ? ""
      : " AND NOT EXISTS (SELECT 1 FROM deliveries WHERE deliveries.auto_message_id = ? AND deliveries.contact_id = contacts.id)";
  return {
    sql:
      `SELECT contacts.id FROM contacts INDEXED BY contacts_workspace_id WHERE contacts.workspace_id = ? AND contacts.id > ? AND ${rule.sql}` +
      `${reachable}${notDelivered} ORDER BY contacts.id LIMIT ?`,
    params: [q.workspaceId, q.after, ...rule.params, ...(q.notDeliveredAutoMessageId === undefined ? [] : [q.notDeliveredAutoMessageId]), q.limit],
  };
}
