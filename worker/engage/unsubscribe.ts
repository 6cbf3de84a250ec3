// Signed, per-contact unsubscribe links: `?c=<contact>&t=<HMAC>`. The key is the workspace's
// visitor-token secret (nobody sees it), bound to a purpose so a token is good for this only.
import { hex, hmacBytes, sameBytes } from "../identity/hmac.ts";
import { randomSecret } from "../identity/secrets.ts";
import { ensureVisitorSecret } from "../db/workspaces.ts";
import type { Db } from "../db/client.ts";
import type { Workspace } from "../db/schema.ts";

async function tokenWith(secret: string, workspaceId: number, contactId: string): Promise<string> {
  return hex(await hmacBytes(secret, `unsubscribe:${workspaceId}:${contactId}`));
}

export async function unsubscribeToken(db: Db, workspace: Workspace, contactId: string): Promise<string> {
  return tokenWith(await ensureVisitorSecret(db, workspace, randomSecret("vts")), workspace.id, contactId);
}

export async function unsubscribeTokenValid(workspace: Workspace, contactId: string, token: string): Promise<boolean> {
  if (!workspace.visitorTokenSecret || !/^[0-9a-f]{64}$/.test(token)) return false;
  const expected = new TextEncoder().encode(await tokenWith(workspace.visitorTokenSecret, workspace.id, contactId));
  return sameBytes(expected, new TextEncoder().encode(token));
}

export function unsubscribeUrl(baseUrl: string, appId: string, contactId: string, token: string): string {
  const url = new URL(`/messenger/${encodeURIComponent(appId)}/unsubscribe`, baseUrl);
  url.searchParams.set("c", contactId);
  url.searchParams.set("t", token);
  return url.toString();
}
