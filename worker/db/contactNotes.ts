import { and, desc, eq } from "drizzle-orm";
import type { Db } from "./client.ts";
import { contactNotes, type ContactNote } from "./noteSchema.ts";

export const MAX_NOTES_LISTED = 200;

export async function insertNote(db: Db, row: Omit<ContactNote, "id">): Promise<ContactNote> {
  return db.insert(contactNotes).values(row).returning().get();
}

/** Newest first, as Intercom lists them; the REST API and the admin app read the same rows. */
export async function notesOfContact(db: Db, workspaceId: number, contactId: string, limit = MAX_NOTES_LISTED, offset = 0): Promise<ContactNote[]> {
  return db
    .select()
    .from(contactNotes)
    .where(and(eq(contactNotes.workspaceId, workspaceId), eq(contactNotes.contactId, contactId)))
    .orderBy(desc(contactNotes.id))
    .limit(limit)
    .offset(offset)
    .all();
}

/** A lead absorbed into a user hands the user its notes, as it hands over its conversations. */
export async function moveNotes(db: Db, workspaceId: number, fromContact: string, toContact: string): Promise<void> {
  await db
    .update(contactNotes)
    .set({ contactId: toContact })
    .where(and(eq(contactNotes.workspaceId, workspaceId), eq(contactNotes.contactId, fromContact)))
    .run();
}
