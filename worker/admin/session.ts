import { z } from "zod";
import { adminById, adminsByEmailForLogin, setAdminPassword } from "../db/admins.ts";
import type { Admin, Workspace } from "../db/schema.ts";
import { deleteSession, deleteSessionsOf, insertSession } from "../db/sessions.ts";
import { workspaceById } from "../db/workspaces.ts";
import { requireSameOrigin, sessionOf } from "../http/auth.ts";
import { readJson } from "../http/body.ts";
import type { AuthedCtx, Ctx, Handler } from "../http/context.ts";
import { hubOf } from "../durable/stubs.ts";
import { withSession } from "../http/guard.ts";
import { clearedSessionCookie, SESSION_MAX_AGE_SECONDS, sessionCookie } from "../http/credentials.ts";
import { ApiError } from "../http/errors.ts";
import { hashPassword, verifyPassword } from "../identity/password.ts";
import { randomSecret, sha256Hex } from "../identity/secrets.ts";
import { sessionView } from "../http/views.ts";
import { startLoginAttempt } from "./loginThrottle.ts";

const loginBody = z.object({
  email: z.string().trim().toLowerCase().min(3).max(255),
  password: z.string().min(1).max(1024),
  app_id: z.string().min(1).max(64).optional(),
});

// Spent on unknown emails so that response time does not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined;

export async function startSession(c: Ctx, url: string, admin: Admin, workspace: Workspace): Promise<Response> {
  const secret = randomSecret("ps");
  await insertSession(c.db, {
    tokenHash: await sha256Hex(secret),
    workspaceId: workspace.id,
    adminId: admin.id,
    createdAt: c.now,
    expiresAt: c.now + SESSION_MAX_AGE_SECONDS,
  });
  return Response.json(sessionView(admin, workspace), { headers: { "set-cookie": sessionCookie(url, secret) } });
}

export const login: Handler = async (request, c) => {
  requireSameOrigin(request);
  const body = await readJson(request, loginBody);
  const attempt = await startLoginAttempt(request, c, body.email);
  const candidates = (await adminsByEmailForLogin(c.db, body.email)).filter((row) => !body.app_id || row.workspace.appId === body.app_id);
  const matching = [];
  for (const row of candidates) {
    if (row.admin.passwordHash && (await verifyPassword(body.password, row.admin.passwordHash))) matching.push(row);
  }
  if (candidates.length === 0) await verifyPassword(body.password, await (decoyHash ??= hashPassword("decoy")));
  const only = matching[0];
  if (!only) throw new ApiError("unauthorized", "Email or password is incorrect.");
  await attempt.succeeded();
  if (matching.length > 1) throw new ApiError("workspace_required", "This email belongs to several workspaces: enter the app id of the one to sign in to.");
  return startSession(c, request.url, only.admin, only.workspace);
};

export const logout: Handler = async (request, c) => {
  requireSameOrigin(request);
  const principal = await sessionOf(request, c.db, c.now);
  if (principal?.sessionHash) await deleteSession(c.db, principal.sessionHash);
  return new Response(null, { status: 204, headers: { "set-cookie": clearedSessionCookie(request.url) } });
};

export const currentSession: Handler = async (request, c) => {
  const principal = await sessionOf(request, c.db, c.now);
  const [admin, workspace] = principal
    ? await Promise.all([adminById(c.db, principal.workspaceId, principal.adminId), workspaceById(c.db, principal.workspaceId)])
    : [];
  if (!admin || !workspace) throw new ApiError("unauthorized", "Sign in to continue.");
  return Response.json(sessionView(admin, workspace));
};

/** Ends an admin's sessions (all, or all but the caller's) and closes their inbox sockets at once. */
export async function endSessions(c: AuthedCtx | Ctx, workspaceId: number, adminId: number, keep?: string): Promise<void> {
  await deleteSessionsOf(c.db, workspaceId, adminId, keep);
  await hubOf(c.env, workspaceId).disconnectAdmin(adminId);
}

/** "Sign out everywhere": this browser too. */
export const signOutEverywhere: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  await endSessions(c, c.principal.workspaceId, c.principal.adminId);
  return new Response(null, { status: 204, headers: { "set-cookie": clearedSessionCookie(request.url) } });
};

export const MIN_PASSWORD_LENGTH = 10;

const passwordBody = z.object({
  current_password: z.string().min(1).max(1024),
  new_password: z.string().min(MIN_PASSWORD_LENGTH, `passwords have at least ${MIN_PASSWORD_LENGTH} characters`).max(1024),
});

/** Changing the password signs out every other session: whoever knew the old one is out. */
export const changePassword: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  const body = await readJson(request, passwordBody);
  const admin = await adminById(c.db, c.principal.workspaceId, c.principal.adminId);
  if (!admin) throw new ApiError("unauthorized", "Sign in to continue.");
  if (!admin.passwordHash || !(await verifyPassword(body.current_password, admin.passwordHash))) throw new ApiError("forbidden", "The current password is incorrect.");
  await setAdminPassword(c.db, admin.workspaceId, admin.id, await hashPassword(body.new_password));
  await endSessions(c, admin.workspaceId, admin.id, c.principal.sessionHash);
  return new Response(null, { status: 204 });
};
