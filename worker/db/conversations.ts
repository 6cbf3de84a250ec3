import { and, count, desc, eq, fillPlaceholders, inArray, lt, lte, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "./client.ts";
import type { ListFields } from "./listFields.ts";
import { onePerDb } from "./prepared.ts";
import { contacts, conversations, type Conversation } from "./schema.ts";

export type NewConversation = typeof conversations.$inferInsert;

export async function insertConversation(db: Db, row: NewConversation): Promise<Conversation> {
  return db.insert(conversations).values(row).returning().get();
}

const byId = onePerDb((db) =>
  db
    .select()
    .from(conversations)
    .where(and(eq(conversations.workspaceId, sql.placeholder("workspaceId")), eq(conversations.id, sql.placeholder("id"))))
    .prepare(),
);

export async function conversationById(db: Db, workspaceId: number, id: number): Promise<Conversation | undefined> {
  return byId(db).get({ workspaceId, id });
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
// The hub writes list rows all day long: one D1 statement, bound per row, instead of a query built per row.
const listWrite = onePerDb((db) => {
  const p = (name: keyof ListFields | "workspaceId" | "id") => sql`${sql.placeholder(name)}`;
  const query = db
    .update(conversations)
    .set({
      state: p("state"), snoozedUntil: p("snoozedUntil"), adminAssigneeId: p("adminAssigneeId"), teamAssigneeId: p("teamAssigneeId"),
      updatedAt: p("updatedAt"), waitingSince: p("waitingSince"), firstAdminReplyAt: p("firstAdminReplyAt"), closedAt: p("closedAt"),
      contactRepliedAt: p("contactRepliedAt"), lastSeq: p("lastSeq"), lastPartAt: p("lastPartAt"), lastPartAuthorType: p("lastPartAuthorType"),
      lastPartPreview: p("lastPartPreview"), partsCount: p("partsCount"), unreadByUser: p("unreadByUser"), unreadByAdmin: p("unreadByAdmin"),
    })
    .where(and(eq(conversations.workspaceId, p("workspaceId")), eq(conversations.id, p("id")), lte(conversations.lastSeq, p("lastSeq"))))
    .toSQL();
  return { statement: db.$client.prepare(query.sql), params: query.params };
});

/** A row never goes back: an older row arriving late changes nothing. */
export async function writeThroughMany(db: Db, workspaceId: number, rows: { id: number; fields: ListFields }[]): Promise<void> {
  if (rows.length === 0) return;
  const { statement, params } = listWrite(db);
  await db.$client.batch(rows.map(({ id, fields }) => statement.bind(...fillPlaceholders(params, { ...fields, workspaceId, id }))));
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

