import { and, desc, eq, isNotNull, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "./client.ts";
import type { InboxListOptions, InboxListView } from "./inboxListOptions.ts";
import { contacts, conversations, type Conversation } from "./schema.ts";
import { conversationHasTag } from "./taggings.ts";

// The admin inbox's list: conversations joined with their contacts in one query per page, so a
// row carries the contact's name without a lookup per row. A page binds about a dozen parameters,
// far below D1's 100.
export interface InboxListRow {
  conversation: Conversation;
  contact: { id: string; name: string | null; email: string | null; role: "user" | "lead" } | null;
}

function viewFilter(view: InboxListView): SQL | undefined {
  switch (view.kind) {
    case "all":
      return undefined;
    case "unassigned":
      return isNull(conversations.adminAssigneeId);
    case "admin":
      return eq(conversations.adminAssigneeId, view.adminId);
    case "team":
      return eq(conversations.teamAssigneeId, view.teamId);
  }
}

/** Not an outbound message the contact has left unanswered: the team's views leave those out. */
const contactEngaged: SQL = or(eq(conversations.sourceAuthorType, "user"), isNotNull(conversations.contactRepliedAt)) ?? sql`1`;

function containsText(text: string): SQL {
  const needle = text.toLowerCase();
  const columns = [conversations.sourceBody, conversations.lastPartPreview, contacts.name, contacts.email];
  return or(...columns.map((column) => sql`instr(lower(coalesce(${column}, '')), ${needle}) > 0`)) ?? sql`0`;
}

/** Newest activity first; one row more than `limit` tells whether another page follows. */
export async function inboxListPage(db: Db, workspaceId: number, options: InboxListOptions): Promise<{ rows: InboxListRow[]; hasMore: boolean }> {
  const { after } = options;
  const where = and(
    eq(conversations.workspaceId, workspaceId),
    viewFilter(options.view),
    // A contact's own history lists everything they were sent, as Intercom's does.
    options.contactId === null ? contactEngaged : undefined,
    options.state === null ? undefined : eq(conversations.state, options.state),
    options.contactId === null ? undefined : eq(conversations.contactId, options.contactId),
    options.text === null ? undefined : containsText(options.text),
    options.tagId == null ? undefined : conversationHasTag(conversations.id, options.tagId),
    after === null
      ? undefined
      : or(lt(conversations.lastPartAt, after.at), and(eq(conversations.lastPartAt, after.at), lt(conversations.id, after.id))),
  );
  const rows = await db
    .select({ conversation: conversations, contact: { id: contacts.id, name: contacts.name, email: contacts.email, role: contacts.role } })
    .from(conversations)
    .leftJoin(contacts, and(eq(contacts.workspaceId, conversations.workspaceId), eq(contacts.id, conversations.contactId)))
    .where(where)
    .orderBy(desc(conversations.lastPartAt), desc(conversations.id))
    .limit(options.limit + 1)
    .all();
  return { rows: rows.slice(0, options.limit), hasMore: rows.length > options.limit };
}
