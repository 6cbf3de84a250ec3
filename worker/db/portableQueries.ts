import { and, asc, eq, gt, inArray } from "drizzle-orm";
import type { Db } from "./client.ts";
import { admins, contacts, conversations, type Contact, type Conversation } from "./schema.ts";

// The typed pages an export reads where it builds REST objects (contacts, conversations).

export async function contactsAfter(db: Db, workspaceId: number, after: string, limit: number): Promise<Contact[]> {
  return db.select().from(contacts).where(and(eq(contacts.workspaceId, workspaceId), gt(contacts.id, after))).orderBy(asc(contacts.id)).limit(limit).all();
}

export async function conversationsAfter(db: Db, workspaceId: number, after: number, limit: number): Promise<Conversation[]> {
  return db
    .select()
    .from(conversations)
    .where(and(eq(conversations.workspaceId, workspaceId), gt(conversations.id, after)))
    .orderBy(asc(conversations.id))
    .limit(limit)
    .all();
}

export async function contactsByIds(db: Db, workspaceId: number, ids: string[]): Promise<Contact[]> {
  const rows: Contact[] = [];
  for (let i = 0; i < ids.length; i += 90) {
    rows.push(...(await db.select().from(contacts).where(and(eq(contacts.workspaceId, workspaceId), inArray(contacts.id, ids.slice(i, i + 90)))).all()));
  }
  return rows;
}

/** Every admin of the workspace, disabled ones too: parts and notes keep naming them. */
export async function adminDirectory(db: Db, workspaceId: number): Promise<{ id: number; email: string; name: string }[]> {
  return db.select({ id: admins.id, email: admins.email, name: admins.name }).from(admins).where(eq(admins.workspaceId, workspaceId)).orderBy(asc(admins.id)).all();
}
