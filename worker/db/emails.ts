// Every email Parley sent, for GET /api/emails (CONTRACT §7): newest first, by contact and conversation.
import { and, desc, eq, type SQL } from "drizzle-orm";
import type { Db } from "./client.ts";
import { emailOutbox, type OutboxEmail } from "./schema.ts";

export interface EmailFilter {
  contactId?: string;
  conversationId?: number;
  limit: number;
}

export async function emailsOf(db: Db, workspaceId: number, f: EmailFilter): Promise<OutboxEmail[]> {
  const conditions: (SQL | undefined)[] = [
    eq(emailOutbox.workspaceId, workspaceId),
    f.contactId === undefined ? undefined : eq(emailOutbox.contactId, f.contactId),
    f.conversationId === undefined ? undefined : eq(emailOutbox.conversationId, f.conversationId),
  ];
  return db.select().from(emailOutbox).where(and(...conditions)).orderBy(desc(emailOutbox.sentAt), desc(emailOutbox.id)).limit(f.limit).all();
}
