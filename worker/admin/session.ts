import { z } from "zod";
import { adminById, adminsByEmailForLogin } from "../db/admins.ts";
import { clearFailures, recentFailureTimes, recordFailure } from "../db/loginFailures.ts";
import type { Admin, Workspace } from "../db/schema.ts";
import { deleteSession, insertSession } from "../db/sessions.ts";
import { workspaceById } from "../db/workspaces.ts";
import { requireSameOrigin, sessionOf } from "../http/auth.ts";
import { readJson } from "../http/body.ts";
import type { Ctx, Handler } from "../http/context.ts";
import { clearedSessionCookie, SESSION_MAX_AGE_SECONDS, sessionCookie } from "../http/credentials.ts";
import { ApiError } from "../http/errors.ts";
import { decideLogin, WINDOW_SECONDS } from "../identity/loginLimit.ts";
import { hashPassword, verifyPassword } from "../identity/password.ts";
import { randomSecret, sha256Hex } from "../identity/secrets.ts";
import { sessionView } from "../http/views.ts";

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
  const address = request.headers.get("cf-connecting-ip") ?? "unknown";
  const key = await sha256Hex(`${body.email}|${address}`);
  const decision = decideLogin(await recentFailureTimes(c.db, key, c.now - WINDOW_SECONDS), c.now);
  if (!decision.allowed) {
    throw new ApiError("rate_limit_exceeded", `Too many failed sign-in attempts. Try again in ${Math.ceil(decision.retryAfterSeconds / 60)} minutes.`, {
      "retry-after": String(decision.retryAfterSeconds),
    });
  }
  const candidates = (await adminsByEmailForLogin(c.db, body.email)).filter((row) => !body.app_id || row.workspace.appId === body.app_id);
  const matching = [];
  for (const row of candidates) {
    if (row.admin.passwordHash && (await verifyPassword(body.password, row.admin.passwordHash))) matching.push(row);
  }
  if (candidates.length === 0) await verifyPassword(body.password, await (decoyHash ??= hashPassword("decoy")));
  const only = matching[0];
  if (!only) {
    await recordFailure(c.db, key, c.now, c.now - WINDOW_SECONDS);
    throw new ApiError("unauthorized", "Email or password is incorrect.");
  }
  if (matching.length > 1) throw new ApiError("workspace_required", "This email belongs to several workspaces: enter the app id of the one to sign in to.");
  await clearFailures(c.db, key);
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
