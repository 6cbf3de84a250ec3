import { and, count, desc, eq, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "./client.ts";
import { idList } from "./engageAudience.ts";
import { contacts, type Contact } from "./schema.ts";

/**
 * The admin app's contacts table: newest first (the people an admin just heard of are the ones
 * they look for), in keyset pages below `before`, with the count of every match.
 */
export async function newestContactsPage(
  db: Db,
  workspaceId: number,
  options: { filter?: SQL; before?: string; perPage: number },
): Promise<{ rows: Contact[]; total: number; hasMore: boolean }> {
  const scope = and(eq(contacts.workspaceId, workspaceId), options.filter);
  const [rows, [total]] = await db.batch([
    db
      .select()
      .from(contacts)
      .where(options.before ? and(scope, lt(contacts.id, options.before)) : scope)
      .orderBy(desc(contacts.id))
      .limit(options.perPage + 1),
    db.select({ n: count() }).from(contacts).where(scope),
  ]);
  return { rows: rows.slice(0, options.perPage), total: total?.n ?? 0, hasMore: rows.length > options.perPage };
}

/**
 * The search box: name or email contains the words, whatever their case (the rule language's
 * "contains" is exact, so it cannot say this), as the inbox's search does.
 */
export function nameOrEmailContains(text: string): SQL | undefined {
  const needle = text.trim().toLowerCase();
  if (needle === "") return undefined;
  return or(
    sql`instr(lower(coalesce(${contacts.name}, '')), ${needle}) > 0`,
    sql`instr(lower(coalesce(${contacts.email}, '')), ${needle}) > 0`,
  );
}

/** Picked rows, as ONE bound parameter however many there are. */
export function idsCondition(workspaceId: number, ids: readonly string[]): SQL | undefined {
  return and(eq(contacts.workspaceId, workspaceId), sql`${contacts.id} IN ${idList(ids)}`);
}
