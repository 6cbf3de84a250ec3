import type { IRequest } from "itty-router";
import type { Workspace } from "../db/schema.ts";
import { visitorTokenKeyOf } from "../db/workspaces.ts";
import { limitAddress } from "../http/addressLimit.ts";
import type { Ctx } from "../http/context.ts";
import { secretKeyText } from "../identity/secretBox.ts";
import { randomSecret } from "../identity/secrets.ts";
import { contactOfToken } from "./session.ts";

/** New anonymous visitors create contacts: each client address may start 30 a minute per workspace. */
export const NEW_VISITORS_PER_MINUTE = 30;

/** Load tests raise it with the NEW_VISITORS_PER_MINUTE var; nothing else should. */
function limitOf(c: Ctx): number {
  const configured = Number(c.env.NEW_VISITORS_PER_MINUTE);
  return Number.isInteger(configured) && configured > 0 ? configured : NEW_VISITORS_PER_MINUTE;
}

/**
 * Only a token that still opens a contact makes a returning visitor: any other string (forged,
 * expired, revoked, of another workspace) may end in a new contact, so it pays like one.
 */
export async function limitNewVisitors(request: IRequest, c: Ctx, workspace: Workspace, token: string | null): Promise<void> {
  if (token && (await returningVisitor(c, workspace, token))) return;
  await limitAddress(request, c, workspace.id, { scope: "boot-rate", perMinute: limitOf(c), refusal: "Too many new visitors from this address; try again in a minute." });
}

async function returningVisitor(c: Ctx, workspace: Workspace, token: string): Promise<boolean> {
  const tokenKey = await visitorTokenKeyOf(c.db, workspace, secretKeyText(c.env), randomSecret("pv"));
  return (await contactOfToken(c, workspace, tokenKey, token)) !== undefined;
}
