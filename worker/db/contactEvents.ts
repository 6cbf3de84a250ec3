import { and, desc, eq } from "drizzle-orm";
import type { Db } from "./client.ts";
import { contactEvents } from "./schema.ts";

export type ContactEvent = typeof contactEvents.$inferSelect;

/** What the contact did lately, newest first, for the admin app's contact page. */
export async function recentEvents(db: Db, workspaceId: number, contactId: string, limit: number): Promise<ContactEvent[]> {
  return db
    .select()
    .from(contactEvents)
    .where(and(eq(contactEvents.workspaceId, workspaceId), eq(contactEvents.contactId, contactId)))
    .orderBy(desc(contactEvents.createdAt), desc(contactEvents.id))
    .limit(limit)
    .all();
}
