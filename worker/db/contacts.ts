import { and, asc, count, eq, gt, isNotNull, lte, sql, type SQL } from "drizzle-orm";
import type { Db } from "./client.ts";
import { onePerDb } from "./prepared.ts";
import { contactEvents, contactNotes, contacts, conversations, type Contact, type NewContact } from "./schema.ts";

const CONTACT_ID = /^[0-9a-f]{24}$/;

/** ObjectId-like ids (seconds, then randomness) keep keyset pages in creation order. */
export function newContactId(nowSeconds: number): string {
  const random = [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, "0")).join("");
  return nowSeconds.toString(16).padStart(8, "0").slice(-8) + random;
}

export function isContactId(id: string): boolean {
  return CONTACT_ID.test(id);
}

export async function insertContact(db: Db, row: NewContact): Promise<Contact> {
  return db.insert(contacts).values(row.email && row.emailVerified === undefined ? { ...row, emailVerified: true } : row).returning().get();
}

const byId = onePerDb((db) =>
  db
    .select()
    .from(contacts)
    .where(and(eq(contacts.workspaceId, sql.placeholder("workspaceId")), eq(contacts.id, sql.placeholder("id"))))
    .prepare(),
);

export async function contactById(db: Db, workspaceId: number, id: string): Promise<Contact | undefined> {
  return byId(db).get({ workspaceId, id });
}

export async function contactByExternalId(db: Db, workspaceId: number, externalId: string): Promise<Contact | undefined> {
  return db.select().from(contacts).where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.externalId, externalId))).get();
}

/** Users win over leads when both share the email, as the identified person is the better match. */
export async function contactByEmail(db: Db, workspaceId: number, email: string): Promise<Contact | undefined> {
  return db
    .select()
    .from(contacts)
    .where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.email, email)))
    .orderBy(asc(contacts.role), asc(contacts.id))
    .get();
}

/** The users sharing an email, for the messenger to pick the one a boot may reach (if any). */
export async function usersByEmail(db: Db, workspaceId: number, email: string): Promise<Contact[]> {
  return db
    .select()
    .from(contacts)
    .where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.email, email), eq(contacts.role, "user")))
    .orderBy(asc(contacts.id))
    .limit(20)
    .all();
}

/**
 * Writes through the REST API vouch for the email they set (the customer's backend sent it); the
 * messenger states `emailVerified` itself, because an unsigned boot's email proves nothing.
 */
export async function updateContact(
  db: Db,
  workspaceId: number,
  id: string,
  patch: Partial<Omit<NewContact, "id" | "workspaceId" | "createdAt">>,
): Promise<Contact | undefined> {
  return db
    .update(contacts)
    .set(patch.email && patch.emailVerified === undefined ? { ...patch, emailVerified: true } : patch)
    .where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, id)))
    .returning()
    .get();
}

export async function deleteContact(db: Db, workspaceId: number, id: string): Promise<Contact | undefined> {
  const [, , deleted] = await db.batch([
    db.delete(contactEvents).where(and(eq(contactEvents.workspaceId, workspaceId), eq(contactEvents.contactId, id))),
    db.delete(contactNotes).where(and(eq(contactNotes.workspaceId, workspaceId), eq(contactNotes.contactId, id))),
    db.delete(contacts).where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, id))).returning(),
  ]);
  return deleted[0];
}

/** DELETE /contacts/{id}: the contact, its events and its conversations' D1 rows; the ids let the caller erase the rooms. */
export async function eraseContact(db: Db, workspaceId: number, id: string): Promise<{ contact: Contact; conversationIds: number[] } | undefined> {
  const scope = and(eq(conversations.workspaceId, workspaceId), eq(conversations.contactId, id));
  const [, , gone, deleted] = await db.batch([
    db.delete(contactEvents).where(and(eq(contactEvents.workspaceId, workspaceId), eq(contactEvents.contactId, id))),
    db.delete(contactNotes).where(and(eq(contactNotes.workspaceId, workspaceId), eq(contactNotes.contactId, id))),
    db.delete(conversations).where(scope).returning({ id: conversations.id }),
    db.delete(contacts).where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, id))).returning(),
  ]);
  const contact = deleted[0];
  return contact ? { contact, conversationIds: gone.map((row) => row.id) } : undefined;
}

/** Revokes the visitor tokens of every contact a signed identity ever proved (the identity secret changed). */
export async function revokeVerifiedTokens(db: Db, workspaceId: number): Promise<void> {
  await db
    .update(contacts)
    .set({ tokenGeneration: sql`${contacts.tokenGeneration} + 1` })
    .where(and(eq(contacts.workspaceId, workspaceId), isNotNull(contacts.verifiedAt)))
    .run();
}

export interface ContactPage {
  rows: Contact[];
  total: number;
  before: number;
  hasMore: boolean;
}

/** One keyset page in id order; `filter` is an already-parameterised condition over `contacts`. */
export async function contactPage(
  db: Db,
  workspaceId: number,
  options: { filter?: SQL; after?: string; perPage: number },
): Promise<ContactPage> {
  const scope = and(eq(contacts.workspaceId, workspaceId), options.filter);
  const pageScope = options.after ? and(scope, gt(contacts.id, options.after)) : scope;
  const beforeScope = options.after ? and(scope, lte(contacts.id, options.after)) : undefined;
  const [rows, [total], [before]] = await db.batch([
    db.select().from(contacts).where(pageScope).orderBy(asc(contacts.id)).limit(options.perPage + 1),
    db.select({ n: count() }).from(contacts).where(scope),
    db.select({ n: count() }).from(contacts).where(beforeScope ?? eq(contacts.id, "")),
  ]);
  return {
    rows: rows.slice(0, options.perPage),
    total: total?.n ?? 0,
    before: before?.n ?? 0,
    hasMore: rows.length > options.perPage,
  };
}
