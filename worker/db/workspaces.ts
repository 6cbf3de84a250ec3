import { and, eq } from "drizzle-orm";
import type { Db } from "./client.ts";
import { workspaces, type Workspace } from "./schema.ts";

export async function workspaceById(db: Db, id: number): Promise<Workspace | undefined> {
  return db.select().from(workspaces).where(eq(workspaces.id, id)).get();
}

export async function workspaceByAppId(db: Db, appId: string): Promise<Workspace | undefined> {
  return db.select().from(workspaces).where(eq(workspaces.appId, appId)).get();
}

export async function insertWorkspace(
  db: Db,
  row: { appId: string; name: string; identitySecret: string; identityEnforced?: boolean; createdAt: number },
): Promise<Workspace> {
  return db.insert(workspaces).values(row).returning().get();
}

/** Workspaces created before visitor tokens existed get their secret on first use. */
export async function ensureVisitorSecret(db: Db, workspace: Workspace, fresh: string): Promise<string> {
  if (workspace.visitorTokenSecret) return workspace.visitorTokenSecret;
  await db.update(workspaces).set({ visitorTokenSecret: fresh }).where(and(eq(workspaces.id, workspace.id), eq(workspaces.visitorTokenSecret, ""))).run();
  const reread = await workspaceById(db, workspace.id);
  return reread?.visitorTokenSecret ?? fresh;
}
