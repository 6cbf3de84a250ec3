import { and, count, desc, eq, inArray, lt, lte, or, type SQL } from "drizzle-orm";
import type { Db } from "./client.ts";
import type { ListFields } from "./listFields.ts";
import { contacts, conversations, type Conversation } from "./schema.ts";

export type NewConversation = typeof conversations.$inferInsert;

export async function insertConversation(db: Db, row: NewConversation): Promise<Conversation> {
  return db.insert(conversations).values(row).returning().get();
}

export async function conversationById(db: Db, workspaceId: number, id: number): Promise<Conversation | undefined> {
  return db.select().from(conversations).where(and(eq(conversations.workspaceId, workspaceId), eq(conversations.id, id))).get();
}

export async function conversationBySourceClientId(db: Db, workspaceId: number, contactId: string, clientId: string): Promise<Conversation | undefined> {
  return db
    .select()
    .from(conversations)
    .where(and(eq(conversations.workspaceId, workspaceId), eq(conversations.contactId, contactId), eq(conversations.sourceClientId, clientId)))
    .get();
}

export type { ListFields };

/** Many rooms' list rows in one batch (one D1 transaction); each guarded like writeThrough. */
export async function writeThroughMany(db: Db, workspaceId: number, rows: { id: number; fields: ListFields }[]): Promise<void> {
  const statements = rows.map(({ id, fields }) =>
    db
      .update(conversations)
      .set(fields)
      .where(and(eq(conversations.workspaceId, workspaceId), eq(conversations.id, id), lte(conversations.lastSeq, fields.lastSeq))),
  );
  const [first, ...rest] = statements;
  if (first) await db.batch([first, ...rest]);
}


export async function conversationsOfContact(db: Db, workspaceId: number, contactId: string, limit = 50): Promise<Conversation[]> {
  return db
    .select()
    .from(conversations)
    .where(and(eq(conversations.workspaceId, workspaceId), eq(conversations.contactId, contactId)))
    .orderBy(desc(conversations.lastPartAt), desc(conversations.id))
    .limit(limit)
    .all();
}

/** A lead who becomes a user keeps their conversations. */
export async function moveConversations(db: Db, workspaceId: number, fromContact: string, toContact: string): Promise<number[]> {
  const rows = await db
    .update(conversations)
    .set({ contactId: toContact })
    .where(and(eq(conversations.workspaceId, workspaceId), eq(conversations.contactId, fromContact)))
    .returning({ id: conversations.id })
    .all();
  return rows.map((r) => r.id);
}

export interface ConversationPage {
  rows: Conversation[];
  total: number;
  hasMore: boolean;
}

/** Newest activity first; the cursor is the (last_part_at, id) of the last row served. */
export async function conversationPage(
  db: Db,
  workspaceId: number,
  options: { filter?: SQL; after?: { at: number; id: number }; perPage: number },
): Promise<ConversationPage> {
  const scope = and(eq(conversations.workspaceId, workspaceId), options.filter);
  const after = options.after;
  const pageScope = after
    ? and(scope, or(lt(conversations.lastPartAt, after.at), and(eq(conversations.lastPartAt, after.at), lt(conversations.id, after.id))))
    : scope;
  const [rows, [total]] = await db.batch([
    db.select().from(conversations).where(pageScope).orderBy(desc(conversations.lastPartAt), desc(conversations.id)).limit(options.perPage + 1),
    db.select({ n: count() }).from(conversations).where(scope),
  ]);
  return { rows: rows.slice(0, options.perPage), total: total?.n ?? 0, hasMore: rows.length > options.perPage };
}

/** Several conversations with their contacts, as rows of an admin's inbox (ids chunked under D1's parameter cap). */
export async function inboxRowsOf(db: Db, workspaceId: number, ids: number[]) {
  const rows = [];
  for (let i = 0; i < ids.length; i += 90) {
    const chunk = ids.slice(i, i + 90);
    rows.push(
      ...(await db
        .select({ conversation: conversations, contact: { id: contacts.id, name: contacts.name, email: contacts.email, role: contacts.role } })
        .from(conversations)
        .leftJoin(contacts, and(eq(contacts.workspaceId, conversations.workspaceId), eq(contacts.id, conversations.contactId)))
        .where(and(eq(conversations.workspaceId, workspaceId), inArray(conversations.id, chunk)))
        .all()),
    );
  }
  return rows;
}

