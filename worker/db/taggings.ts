import { and, asc, eq, inArray, sql, type Column, type SQL } from "drizzle-orm";
import type { Db } from "./client.ts";
import { contacts } from "./schema.ts";
import { contactTags, conversationTags, tags, type Tag } from "./tagSchema.ts";

// Which contacts and conversations carry which tags. Lists of ids travel as one JSON array bound
// once (json_each), so a page of any size stays far under D1's 100 bound parameters.

const inJson = (column: Column, ids: readonly (string | number)[]) =>
  sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;

/** True when the contact did not have the tag yet. */
export async function addContactTag(db: Db, workspaceId: number, contactId: string, tagId: number, now: number): Promise<boolean> {
  const row = await db.insert(contactTags).values({ workspaceId, contactId, tagId, createdAt: now }).onConflictDoNothing().returning().get();
  return row !== undefined;
}

export async function removeContactTag(db: Db, workspaceId: number, contactId: string, tagId: number): Promise<boolean> {
  const rows = await db
    .delete(contactTags)
    .where(and(eq(contactTags.workspaceId, workspaceId), eq(contactTags.contactId, contactId), eq(contactTags.tagId, tagId)))
    .returning()
    .all();
  return rows.length > 0;
}

/** A lead absorbed into a user hands over its tags; ones the user has already stay as they were. */
export async function moveContactTags(db: Db, workspaceId: number, fromContact: string, toContact: string): Promise<void> {
  await db.run(
    sql`INSERT OR IGNORE INTO ${contactTags} (workspace_id, contact_id, tag_id, created_at)
        SELECT workspace_id, ${toContact}, tag_id, created_at FROM ${contactTags} WHERE workspace_id = ${workspaceId} AND contact_id = ${fromContact}`,
  );
}

export async function addConversationTag(db: Db, workspaceId: number, conversationId: number, tagId: number, adminId: number | null, now: number): Promise<boolean> {
  const row = await db.insert(conversationTags).values({ workspaceId, conversationId, tagId, adminId, createdAt: now }).onConflictDoNothing().returning().get();
  return row !== undefined;
}

export async function removeConversationTag(db: Db, workspaceId: number, conversationId: number, tagId: number): Promise<boolean> {
  const rows = await db
    .delete(conversationTags)
    .where(and(eq(conversationTags.workspaceId, workspaceId), eq(conversationTags.conversationId, conversationId), eq(conversationTags.tagId, tagId)))
    .returning()
    .all();
  return rows.length > 0;
}

function group<K>(rows: readonly { owner: K; tag: Tag }[]): Map<K, Tag[]> {
  const byOwner = new Map<K, Tag[]>();
  for (const { owner, tag } of rows) byOwner.set(owner, [...(byOwner.get(owner) ?? []), tag]);
  return byOwner;
}

/** Each contact's tags by name; contacts without tags are absent from the map. */
export async function tagsOfContacts(db: Db, workspaceId: number, contactIds: readonly string[]): Promise<Map<string, Tag[]>> {
  if (contactIds.length === 0) return new Map();
  const rows = await db
    .select({ owner: contactTags.contactId, tag: tags })
    .from(contactTags)
    .innerJoin(tags, eq(tags.id, contactTags.tagId))
    .where(and(eq(contactTags.workspaceId, workspaceId), inJson(contactTags.contactId, contactIds)))
    .orderBy(asc(tags.name), asc(tags.id))
    .all();
  return group(rows);
}

export async function tagsOfContact(db: Db, workspaceId: number, contactId: string): Promise<Tag[]> {
  return (await tagsOfContacts(db, workspaceId, [contactId])).get(contactId) ?? [];
}

/** What rules see: each contact's tag names. */
export async function tagNamesOfContacts(db: Db, workspaceId: number, contactIds: readonly string[]): Promise<Map<string, string[]>> {
  const byContact = await tagsOfContacts(db, workspaceId, contactIds);
  return new Map([...byContact].map(([id, list]) => [id, list.map((t) => t.name)]));
}

/** Each conversation's tags by name; conversations without tags are absent from the map. */
export async function tagsOfConversations(db: Db, workspaceId: number, conversationIds: readonly number[]): Promise<Map<number, Tag[]>> {
  if (conversationIds.length === 0) return new Map();
  const rows = await db
    .select({ owner: conversationTags.conversationId, tag: tags })
    .from(conversationTags)
    .innerJoin(tags, eq(tags.id, conversationTags.tagId))
    .where(and(eq(conversationTags.workspaceId, workspaceId), inJson(conversationTags.conversationId, conversationIds)))
    .orderBy(asc(tags.name), asc(tags.id))
    .all();
  return group(rows);
}

export async function tagsOfConversation(db: Db, workspaceId: number, conversationId: number): Promise<Tag[]> {
  return (await tagsOfConversations(db, workspaceId, [conversationId])).get(conversationId) ?? [];
}

/** For the inbox's tag filter: the conversation carries the tag (served by the primary key). */
export function conversationHasTag(conversationId: Column, tagId: number): SQL {
  return sql`EXISTS (SELECT 1 FROM ${conversationTags} WHERE ${conversationTags.conversationId} = ${conversationId} AND ${conversationTags.tagId} = ${tagId})`;
}

/**
 * Tags every contact matching `condition` at once, however many: one INSERT … SELECT, so a
 * selection of "all 40,000 matching" is one statement, not a request per contact.
 */
export async function tagContactsWhere(db: Db, workspaceId: number, condition: SQL | undefined, tagId: number, now: number): Promise<number> {
  const matching = db
    .select({ workspaceId: contacts.workspaceId, contactId: contacts.id, tagId: sql<number>`${tagId}`.as("tag_id"), createdAt: sql<number>`${now}`.as("created_at") })
    .from(contacts)
    .where(and(eq(contacts.workspaceId, workspaceId), condition));
  const result = await db.insert(contactTags).select(matching).onConflictDoNothing().run();
  return result.meta.changes;
}

export async function untagContactsWhere(db: Db, workspaceId: number, condition: SQL | undefined, tagId: number): Promise<number> {
  const matching = db.select({ id: contacts.id }).from(contacts).where(and(eq(contacts.workspaceId, workspaceId), condition));
  const result = await db
    .delete(contactTags)
    .where(and(eq(contactTags.workspaceId, workspaceId), eq(contactTags.tagId, tagId), inArray(contactTags.contactId, matching)))
    .run();
  return result.meta.changes;
}
