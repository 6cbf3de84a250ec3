import { eq } from "drizzle-orm";
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
