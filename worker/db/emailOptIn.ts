// The one write of a confirmed opt-in: only while the contact still holds the address the link signed.
import { and, eq } from "drizzle-orm";
import type { Db } from "./client.ts";
import { contacts } from "./schema.ts";

export async function confirmContactEmail(db: Db, workspaceId: number, contactId: string, email: string, now: number): Promise<boolean> {
  const row = await db
    .update(contacts)
    .set({ emailVerified: true, updatedAt: now })
    .where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, contactId), eq(contacts.email, email)))
    .returning({ id: contacts.id })
    .get();
  return row !== undefined;
}
