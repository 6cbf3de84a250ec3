// POST /contacts/merge and a lead signing in: everything the lead holds becomes the user's, in one
// D1 batch (one transaction), and the lead row goes.
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import { contactCompanies } from "./companySchema.ts";
import { contactNotes } from "./noteSchema.ts";
import { contactEvents, contacts, conversations, type Contact, type NewContact } from "./schema.ts";
import { contactTags } from "./tagSchema.ts";

export interface MergedRows {
  user: Contact;
  /** The conversations that now belong to the user: their rooms and list rows must learn it. */
  conversationIds: number[];
}

type ContactPatch = Partial<Omit<NewContact, "id" | "workspaceId" | "createdAt">>;

/** Undefined when either contact vanished between the caller's reads and this batch. */
export async function mergeContactRows(db: Db, workspaceId: number, leadId: string, userId: string, userPatch: ContactPatch): Promise<MergedRows | undefined> {
  const lead = and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, leadId));
  const [moved, , , , , updated, deleted] = await db.batch([
    db
      .update(conversations)
      .set({ contactId: userId })
      .where(and(eq(conversations.workspaceId, workspaceId), eq(conversations.contactId, leadId)))
      .returning({ id: conversations.id }),
    db.update(contactEvents).set({ contactId: userId }).where(and(eq(contactEvents.workspaceId, workspaceId), eq(contactEvents.contactId, leadId))),
    db.update(contactNotes).set({ contactId: userId }).where(and(eq(contactNotes.workspaceId, workspaceId), eq(contactNotes.contactId, leadId))),
    // Rows the user has already stay as they were. (The WHERE also keeps SQLite from reading
    // ON CONFLICT as part of the SELECT.)
    db
      .insert(contactTags)
      .select(sql`SELECT workspace_id, ${userId}, tag_id, created_at FROM ${contactTags} WHERE workspace_id = ${workspaceId} AND contact_id = ${leadId}`)
      .onConflictDoNothing(),
    db
      .insert(contactCompanies)
      .select(sql`SELECT workspace_id, ${userId}, company_id, created_at FROM ${contactCompanies} WHERE workspace_id = ${workspaceId} AND contact_id = ${leadId}`)
      .onConflictDoNothing(),
    db.update(contacts).set(userPatch).where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, userId))).returning(),
    // The lead's own tag and company rows go with it (ON DELETE CASCADE).
    db.delete(contacts).where(lead).returning({ id: contacts.id }),
  ]);
  const user = updated[0];
  if (!user || deleted.length === 0) return undefined;
  return { user, conversationIds: moved.map((row) => row.id) };
}
