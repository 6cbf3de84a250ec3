import type { IRequest } from "itty-router";
import { contactById } from "../db/contacts.ts";
import type { Contact, Workspace } from "../db/schema.ts";
import { visitorTokenKeyOf, workspaceByAppId } from "../db/workspaces.ts";
import { param, type Ctx } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { secretKeyText } from "../identity/secretBox.ts";
import { randomSecret } from "../identity/secrets.ts";
import { tokenStillValid, verifyLegacyVisitorToken, verifyVisitorToken } from "../identity/visitorToken.ts";

const TOKEN_PROTOCOL_PREFIX = "parley-token.";

/** Browsers cannot set headers on a WebSocket, so the token rides as an offered subprotocol. */
function visitorTokenOf(request: Request): string | null {
  const auth = request.headers.get("authorization");
  if (auth?.toLowerCase().startsWith("bearer ")) return auth.slice(7).trim() || null;
  const offered = (request.headers.get("sec-websocket-protocol") ?? "").split(",").map((p) => p.trim());
  const carried = offered.find((p) => p.startsWith(TOKEN_PROTOCOL_PREFIX));
  return carried ? carried.slice(TOKEN_PROTOCOL_PREFIX.length) : null;
}

export interface VisitorSession {
  workspace: Workspace;
  contact: Contact;
}

export async function workspaceOf(request: IRequest, c: Ctx): Promise<Workspace> {
  const workspace = await workspaceByAppId(c.db, param(request, "app_id"));
  if (!workspace) throw notFound("App");
  return workspace;
}

/** The live contact a token opens: signed with this workspace's key, of this workspace, not revoked since. */
export async function contactOfToken(c: Ctx, workspace: Workspace, tokenKey: string, token: string): Promise<Contact | undefined> {
  const claims = token.startsWith("v1.") ? await verifyLegacyVisitorToken(workspace.visitorTokenSecret, token, c.now) : await verifyVisitorToken(tokenKey, token, c.now);
  if (!claims || claims.workspaceId !== workspace.id) return undefined;
  const contact = await contactById(c.db, workspace.id, claims.contactId);
  return contact && tokenStillValid(claims, contact, workspace.identityEnforced) ? contact : undefined;
}

/** Every messenger path but boot: the token must be this workspace's and name a live contact. */
export async function visitorSession(request: IRequest, c: Ctx): Promise<VisitorSession> {
  const workspace = await workspaceOf(request, c);
  const token = visitorTokenOf(request);
  const contact = token ? await contactOfToken(c, workspace, await visitorTokenKeyOf(c.db, workspace, secretKeyText(c.env), randomSecret("pv")), token) : undefined;
  if (!contact) throw new ApiError("unauthorized", "Visitor token invalid: boot the messenger again.");
  return { workspace, contact };
}
