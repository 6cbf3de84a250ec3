// Many conversations an admin starts at once (engage deliveries): a queue batch's rows in two D1
// statements instead of a lookup and an insert each. Each row is keyed by its first part's client
// id under the unique index conversations_source_client, so a batch sent twice inserts nothing
// the second time and reads back the rows the first one made.
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import type { ListFields } from "./listFields.ts";
import { conversations, type Conversation } from "./schema.ts";

export interface AdminStartedRow extends ListFields {
  contactId: string;
  sourceAuthorId: string;
  sourceBody: string;
  sourceClientId: string;
  createdAt: number;
}

// Every row travels as one JSON parameter (D1 binds at most 100 per statement), read with json_each.
const KEYS = [
  "contactId", "sourceAuthorId", "sourceBody", "sourceClientId", "createdAt",
  "state", "snoozedUntil", "adminAssigneeId", "teamAssigneeId", "updatedAt", "waitingSince", "firstAdminReplyAt", "closedAt", "contactRepliedAt",
  "lastSeq", "lastPartAt", "lastPartAuthorType", "lastPartPreview", "partsCount", "unreadByUser", "unreadByAdmin",
] as const satisfies readonly (keyof AdminStartedRow)[];

const COLUMNS = sql.raw(KEYS.map((k) => conversations[k].name).join(", "));
const VALUES = sql.raw(KEYS.map((k) => `value ->> '${k}'`).join(", "));

/** Inserts the rows that do not exist yet and answers every row of `rows`, new or earlier. */
export async function insertAdminConversations(db: Db, workspaceId: number, rows: readonly AdminStartedRow[]): Promise<Conversation[]> {
  if (rows.length === 0) return [];
  const json = JSON.stringify(rows.map((row) => Object.fromEntries(KEYS.map((k) => [k, row[k]]))));
  // `WHERE true` keeps SQLite from reading ON CONFLICT as part of the SELECT's join.
  await db.run(sql`
    INSERT INTO conversations (workspace_id, source_author_type, page_url, ${COLUMNS})
    SELECT ${workspaceId}, 'admin', NULL, ${VALUES} FROM json_each(${json}) WHERE true
    ON CONFLICT DO NOTHING`);
  return db
    .select()
    .from(conversations)
    .where(
      and(
        eq(conversations.workspaceId, workspaceId),
        sql`(${conversations.contactId}, ${conversations.sourceClientId}) IN (SELECT value ->> 'contactId', value ->> 'sourceClientId' FROM json_each(${json}))`,
      ),
    )
    .all();
}
