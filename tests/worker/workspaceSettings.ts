import { eq } from "drizzle-orm";
import type { Db } from "../../worker/db/client.ts";
import { workspaces } from "../../worker/db/schema.ts";

export async function updateWorkspaceEnforcement(db: Db, workspaceId: number, enforced: boolean): Promise<void> {
  await db.update(workspaces).set({ identityEnforced: enforced }).where(eq(workspaces.id, workspaceId)).run();
}
