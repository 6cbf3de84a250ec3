import type { IRequest } from "itty-router";
import { adminById } from "../db/admins.ts";
import type { Admin } from "../db/schema.ts";
import { requireSameOrigin, sessionOf } from "./auth.ts";
import type { AuthedCtx, Ctx } from "./context.ts";
import { ApiError } from "./errors.ts";

/** The admin app's endpoints take the session cookie only, never an API token. */
export async function withSession(request: IRequest, c: Ctx): Promise<AuthedCtx> {
  requireSameOrigin(request);
  const principal = await sessionOf(request, c.db, c.now);
  if (!principal) throw new ApiError("unauthorized", "Sign in to continue.");
  return { ...c, principal };
}

export async function requireOwner(c: AuthedCtx, what: string): Promise<Admin> {
  const admin = await adminById(c.db, c.principal.workspaceId, c.principal.adminId);
  if (!admin) throw new ApiError("unauthorized", "Sign in to continue.");
  if (admin.role !== "owner") throw new ApiError("forbidden", `Only workspace owners can manage ${what}.`);
  return admin;
}
