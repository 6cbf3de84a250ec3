import type { IRequest } from "itty-router";
import { contactById } from "../db/contacts.ts";
import type { Contact, Workspace } from "../db/schema.ts";
import { workspaceByAppId } from "../db/workspaces.ts";
import { param, type Ctx } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { verifyVisitorToken } from "../identity/visitorToken.ts";
import { visitorTokenOf } from "./cors.ts";

export interface VisitorSession {
  workspace: Workspace;
  contact: Contact;
}

export async function workspaceOf(request: IRequest, c: Ctx): Promise<Workspace> {
  const workspace = await workspaceByAppId(c.db, param(request, "app_id"));
  if (!workspace) throw notFound("App");
  return workspace;
}

/** Every messenger path but boot: the token must be this workspace's and name a live contact. */
export async function visitorSession(request: IRequest, c: Ctx): Promise<VisitorSession> {
  const workspace = await workspaceOf(request, c);
  const token = visitorTokenOf(request);
  const claims = token ? await verifyVisitorToken(workspace.visitorTokenSecret, token, c.now) : null;
  const contact = claims && claims.workspaceId === workspace.id ? await contactById(c.db, workspace.id, claims.contactId) : undefined;
  if (!contact) throw new ApiError("unauthorized", "Visitor token invalid: boot the messenger again.");
  return { workspace, contact };
}
