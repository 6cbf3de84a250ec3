// The count behind the daily email cap per recipient (shared/engage/emailCap.ts).
import { and, count, eq, gt } from "drizzle-orm";
import type { Db } from "./client.ts";
import { emailOutbox } from "./schema.ts";

export async function emailsSentToSince(db: Db, workspaceId: number, recipient: string, since: number): Promise<number> {
  const row = await db
    .select({ n: count() })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.workspaceId, workspaceId), eq(emailOutbox.recipient, recipient), gt(emailOutbox.sentAt, since)))
    .get();
  return row?.n ?? 0;
}
