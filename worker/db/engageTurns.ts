import { inArray, sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import { workspaces } from "./schema.ts";

/** Workspaces with something for a scheduled run to do, with when each last had its turn. */
export async function workspacesWithWork(db: Db): Promise<{ workspaceId: number; servedAt: number | null }[]> {
  const rows: unknown[] = await db.all(sql`
    SELECT id, engage_served_at AS served_at FROM workspaces WHERE id IN (
      SELECT workspace_id FROM auto_messages WHERE state = 'live'
      UNION SELECT workspace_id FROM campaigns WHERE state = 'live'
      UNION SELECT workspace_id FROM manual_messages WHERE finished_at IS NULL)`);
  return rows.flatMap((r) =>
    typeof r === "object" && r !== null && "id" in r && typeof r.id === "number" && "served_at" in r
      ? [{ workspaceId: r.id, servedAt: typeof r.served_at === "number" ? r.served_at : null }]
      : [],
  );
}

export async function markServed(db: Db, workspaceIds: readonly number[], at: number): Promise<void> {
  for (let i = 0; i < workspaceIds.length; i += 90) {
    await db.update(workspaces).set({ engageServedAt: at }).where(inArray(workspaces.id, workspaceIds.slice(i, i + 90))).run();
  }
}
