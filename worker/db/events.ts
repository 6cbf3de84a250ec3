import type { Db } from "./client.ts";
import { contactEvents } from "./schema.ts";

export async function insertEvent(
  db: Db,
  row: { workspaceId: number; contactId: string; name: string; createdAt: number; metadata: Record<string, unknown> },
): Promise<void> {
  await db.insert(contactEvents).values(row).run();
}
