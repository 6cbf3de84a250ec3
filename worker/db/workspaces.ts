import { and, eq, sql } from "drizzle-orm";
import { isWrapped, unwrapSecret, wrapSecret } from "../identity/secretBox.ts";
import type { Db } from "./client.ts";
import { onePerDb } from "./prepared.ts";
import { revokeVerifiedTokens } from "./contacts.ts";
import { workspaces, type Workspace } from "./schema.ts";

export async function workspaceById(db: Db, id: number): Promise<Workspace | undefined> {
  return db.select().from(workspaces).where(eq(workspaces.id, id)).get();
}

const byAppId = onePerDb((db) => db.select().from(workspaces).where(eq(workspaces.appId, sql.placeholder("appId"))).prepare());

export async function workspaceByAppId(db: Db, appId: string): Promise<Workspace | undefined> {
  return byAppId(db).get({ appId });
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

// Where each wrapped secret lives: a value copied to another workspace or column does not unwrap.
const CONTEXT = {
  identity: (id: number) => `identity:${id}`,
  previous: (id: number) => `identity-previous:${id}`,
  visitorKey: (id: number) => `visitor-token-key:${id}`,
};

/** The key that signs visitor tokens, created (wrapped) on first use; never leaves the Worker. */
export async function visitorTokenKeyOf(db: Db, workspace: Workspace, keyText: string, fresh: string): Promise<string> {
  let stored = workspace.visitorTokenKey;
  if (!stored) {
    const wrapped = await wrapSecret(keyText, CONTEXT.visitorKey(workspace.id), fresh);
    await db.update(workspaces).set({ visitorTokenKey: wrapped }).where(and(eq(workspaces.id, workspace.id), eq(workspaces.visitorTokenKey, ""))).run();
    stored = (await workspaceById(db, workspace.id))?.visitorTokenKey ?? wrapped;
  }
  return unwrapSecret(keyText, CONTEXT.visitorKey(workspace.id), stored);
}

export async function identitySecretOf(workspace: Workspace, keyText: string): Promise<string> {
  return unwrapSecret(keyText, CONTEXT.identity(workspace.id), workspace.identitySecret);
}

/** The secrets a user_hash or JWT may be signed with now: the current one, and the previous one during its grace period. */
export async function acceptedIdentitySecrets(workspace: Workspace, keyText: string, now: number): Promise<string[]> {
  const current = await identitySecretOf(workspace, keyText);
  const { identitySecretPrevious: previous, identitySecretPreviousUntil: until } = workspace;
  if (!previous || until === null || until <= now) return [current];
  return [current, await unwrapSecret(keyText, CONTEXT.previous(workspace.id), previous)];
}

/** Turning enforcement on or off also wraps a secret still stored plainly (seeded or older rows). */
export async function setIdentityEnforced(db: Db, workspace: Workspace, keyText: string, enforced: boolean): Promise<void> {
  const patch: Partial<Workspace> = { identityEnforced: enforced };
  if (!isWrapped(workspace.identitySecret)) patch.identitySecret = await wrapSecret(keyText, CONTEXT.identity(workspace.id), workspace.identitySecret);
  await db.update(workspaces).set(patch).where(eq(workspaces.id, workspace.id)).run();
}

/**
 * A new identity secret; the old one keeps working for `graceSeconds` so the customer's backend
 * can switch without an outage. Visitor tokens of verified contacts stop working at once: their
 * next boot proves them again.
 */
export async function rotateIdentitySecret(db: Db, workspace: Workspace, keyText: string, fresh: string, now: number, graceSeconds: number): Promise<void> {
  const old = await identitySecretOf(workspace, keyText);
  await db
    .update(workspaces)
    .set({
      identitySecret: await wrapSecret(keyText, CONTEXT.identity(workspace.id), fresh),
      identitySecretPrevious: await wrapSecret(keyText, CONTEXT.previous(workspace.id), old),
      identitySecretPreviousUntil: now + graceSeconds,
    })
    .where(eq(workspaces.id, workspace.id))
    .run();
  await revokeVerifiedTokens(db, workspace.id);
}
