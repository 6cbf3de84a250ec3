import { z } from "zod";
import { adminByEmail, insertAdmin } from "../db/admins.ts";
import { claimInvite, insertInvite, invitesOf, openInviteByHash, revokeInvite, type AdminInvite } from "../db/invites.ts";
import { workspaceById } from "../db/workspaces.ts";
import { requireSameOrigin } from "../http/auth.ts";
import { readJson } from "../http/body.ts";
import { param, type Handler } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { hashPassword } from "../identity/password.ts";
import { randomSecret, sha256Hex } from "../identity/secrets.ts";
import { requireOwner, withSession } from "../http/guard.ts";
import { MIN_PASSWORD_LENGTH, startSession } from "./session.ts";

const INVITE_TTL_SECONDS = 7 * 24 * 3600;

const inviteView = (i: AdminInvite) => ({
  id: i.tokenHash.slice(0, 16),
  email: i.email,
  role: i.role,
  created_at: i.createdAt,
  expires_at: i.expiresAt,
  accepted_at: i.acceptedAt,
});

export const listInvites: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  await requireOwner(c, "invitations");
  return Response.json({ data: (await invitesOf(c.db, c.principal.workspaceId)).map(inviteView) });
};

export const createInvite: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  const owner = await requireOwner(c, "invitations");
  const body = await readJson(request, z.object({ email: z.email().transform((e) => e.toLowerCase()), role: z.enum(["admin", "owner"]).default("admin") }));
  if (await adminByEmail(c.db, c.principal.workspaceId, body.email)) {
    throw new ApiError("conflict", `${body.email} is already an admin of this workspace.`);
  }
  const token = randomSecret("pi");
  const invite = await insertInvite(c.db, {
    tokenHash: await sha256Hex(token),
    workspaceId: c.principal.workspaceId,
    email: body.email,
    role: body.role,
    invitedBy: owner.id,
    createdAt: c.now,
    expiresAt: c.now + INVITE_TTL_SECONDS,
  });
  // The token rides in the fragment so that it never reaches server logs or Referer headers.
  return Response.json({ invite: inviteView(invite), url: `${new URL(request.url).origin}/admin/#invite=${token}` });
};

export const revokeInviteRoute: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  await requireOwner(c, "invitations");
  if (!(await revokeInvite(c.db, c.principal.workspaceId, param(request, "id")))) throw notFound("Invitation");
  return new Response(null, { status: 204 });
};

const tokenBody = z.object({ token: z.string().min(1).max(200) });

/** POST, so that the token never sits in a URL (logs, Referer, history). */
export const lookupInvite: Handler = async (request, c) => {
  requireSameOrigin(request);
  const { token } = await readJson(request, tokenBody);
  const invite = await openInviteByHash(c.db, await sha256Hex(token), c.now);
  const workspace = invite ? await workspaceById(c.db, invite.workspaceId) : undefined;
  if (!invite || !workspace) throw notFound("Invitation");
  return Response.json({ email: invite.email, workspace: { app_id: workspace.appId, name: workspace.name } });
};

const acceptBody = z.object({
  token: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(255),
  password: z.string().min(MIN_PASSWORD_LENGTH, `passwords have at least ${MIN_PASSWORD_LENGTH} characters`).max(1024),
});

export const acceptInvite: Handler = async (request, c) => {
  requireSameOrigin(request);
  const body = await readJson(request, acceptBody);
  const tokenHash = await sha256Hex(body.token);
  const invite = await openInviteByHash(c.db, tokenHash, c.now);
  const workspace = invite ? await workspaceById(c.db, invite.workspaceId) : undefined;
  if (!invite || !workspace) throw notFound("Invitation");
  if (await adminByEmail(c.db, workspace.id, invite.email)) throw new ApiError("conflict", `${invite.email} is already an admin of this workspace.`);
  const passwordHash = await hashPassword(body.password);
  if (!(await claimInvite(c.db, tokenHash, c.now))) throw notFound("Invitation");
  const admin = await insertAdmin(c.db, { workspaceId: workspace.id, email: invite.email, name: body.name, passwordHash, role: invite.role, createdAt: c.now });
  return startSession(c, request.url, admin, workspace);
};
