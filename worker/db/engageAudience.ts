// The audience queries: contacts matching a rule (compiled by shared/rules/toSql), in keyset pages.
import { and, asc, count, eq, sql, type SQL } from "drizzle-orm";
import { toSql } from "../../shared/rules/index.ts";
import type { Rule } from "../../shared/rules/index.ts";
import type { Channel } from "../../shared/engage/eligibility.ts";
import { fragment, type Db } from "./client.ts";
import { audiencePageIdsSql, type PageQuery } from "./engageAudienceSql.ts";
import { contactEvents, contacts, type Contact } from "./schema.ts";

/** The SQL twin of shared/engage/eligibility.ts canReceive. */
function reachable(channel: Channel): SQL | undefined {
  return channel === "email" ? sql`(${contacts.email} IS NOT NULL AND ${contacts.email} != '' AND ${contacts.emailVerified} = 1 AND ${contacts.unsubscribedFromEmails} = 0)` : undefined;
}

function ruleCondition(rule: Rule, now: number): SQL {
  const { sql: text, params } = toSql(rule, now, "contacts");
  return fragment(text, params);
}

export type AudiencePage = PageQuery;

/**
 * One keyset page (`id > after ORDER BY id`) of matching contacts' ids: the evaluation itself,
 * which bench:rules times. Skipping contacts already delivered to in SQL means a run that stopped
 * early simply finds the rest in the next run.
 */
export async function audiencePageIds(db: Db, p: AudiencePage): Promise<string[]> {
  const q = audiencePageIdsSql(p);
  const rows: unknown[] = await db.all(fragment(q.sql, q.params));
  return rows.flatMap((row) => (typeof row === "object" && row !== null && "id" in row && typeof row.id === "string" ? [row.id] : []));
}

/**
 * A list of ids as ONE bound parameter (a JSON array read back with json_each), so a page of 500
 * costs one query instead of six chunks under D1's 100 bound parameters.
 */
export function idList(ids: readonly string[]): SQL {
  return sql`(SELECT value FROM json_each(${JSON.stringify(ids)}))`;
}

/** Full rows only for the contacts about to get something, a page at a time. */
export async function* contactsInChunks(db: Db, workspaceId: number, ids: readonly string[]): AsyncGenerator<Contact> {
  for (let i = 0; i < ids.length; i += 500) yield* await contactsByIds(db, workspaceId, ids.slice(i, i + 500));
}

export async function audienceCount(db: Db, workspaceId: number, rule: Rule, now: number, channel?: Channel): Promise<number> {
  const row = await db
    .select({ n: count() })
    .from(contacts)
    .where(and(eq(contacts.workspaceId, workspaceId), ruleCondition(rule, now), channel ? reachable(channel) : undefined))
    .get();
  return row?.n ?? 0;
}

/** Event counts of one contact, for evaluating rules in memory right after a visit. */
export async function eventCountsOf(db: Db, workspaceId: number, contactId: string): Promise<Record<string, number>> {
  const rows = await db
    .select({ name: contactEvents.name, n: count() })
    .from(contactEvents)
    .where(and(eq(contactEvents.workspaceId, workspaceId), eq(contactEvents.contactId, contactId)))
    .groupBy(contactEvents.name)
    .all();
  return Object.fromEntries(rows.map((r) => [r.name, r.n]));
}

export async function contactsByIds(db: Db, workspaceId: number, ids: readonly string[]): Promise<Contact[]> {
  if (ids.length === 0) return [];
  return db.select().from(contacts).where(and(eq(contacts.workspaceId, workspaceId), sql`${contacts.id} IN ${idList(ids)}`)).orderBy(asc(contacts.id)).all();
}

/** Event counts of several contacts. */
export async function eventCountsOfMany(db: Db, workspaceId: number, contactIds: readonly string[]): Promise<Map<string, Record<string, number>>> {
  const out = new Map<string, Record<string, number>>(contactIds.map((id) => [id, {}]));
  if (contactIds.length === 0) return out;
  const rows = await db
    .select({ contactId: contactEvents.contactId, name: contactEvents.name, n: count() })
    .from(contactEvents)
    .where(and(eq(contactEvents.workspaceId, workspaceId), sql`${contactEvents.contactId} IN ${idList(contactIds)}`))
    .groupBy(contactEvents.contactId, contactEvents.name)
    .all();
  for (const row of rows) {
    const counts = out.get(row.contactId);
    if (counts) counts[row.name] = row.n;
  }
  return out;
}
