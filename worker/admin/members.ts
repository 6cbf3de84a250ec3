import { z } from "zod";
import { anyAdminById, deleteAdmin, everyAdminOf, setAdminDisabled } from "../db/admins.ts";
import type { Admin } from "../db/schema.ts";
import { hubOf } from "../durable/stubs.ts";
import { readJson } from "../http/body.ts";
import { param, type AuthedCtx, type Handler } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { requireOwner, withSession } from "../http/guard.ts";

// Offboarding (owner only): disabling or removing an admin ends their sessions, revokes their API
// tokens and closes their inbox sockets at once.

const memberView = (a: Admin) => ({ id: String(a.id), name: a.name, email: a.email, role: a.role, disabled_at: a.disabledAt });

export const listMembers: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  await requireOwner(c, "the team");
  return Response.json({ data: (await everyAdminOf(c.db, c.principal.workspaceId)).map(memberView) });
};

/** The owner cannot lock themselves out, nor leave the workspace without an active owner. */
async function target(c: AuthedCtx, raw: string): Promise<Admin> {
  const id = /^[1-9][0-9]{0,15}$/.test(raw) ? Number(raw) : NaN;
  const admin = Number.isNaN(id) ? undefined : await anyAdminById(c.db, c.principal.workspaceId, id);
  if (!admin) throw notFound("Admin");
  if (admin.id === c.principal.adminId) throw new ApiError("forbidden", "You cannot disable or remove yourself; another owner can.");
  return admin;
}

export const setMemberDisabled: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  await requireOwner(c, "the team");
  const admin = await target(c, param(request, "id"));
  const { disabled } = await readJson(request, z.object({ disabled: z.boolean() }));
  await setAdminDisabled(c.db, c.principal.workspaceId, admin.id, disabled ? c.now : null);
  if (disabled) await hubOf(c.env, c.principal.workspaceId).disconnectAdmin(admin.id);
  const after = await anyAdminById(c.db, c.principal.workspaceId, admin.id);
  return Response.json(memberView(after ?? admin));
};

export const removeMember: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  await requireOwner(c, "the team");
  const admin = await target(c, param(request, "id"));
  await deleteAdmin(c.db, c.principal.workspaceId, admin.id);
  await hubOf(c.env, c.principal.workspaceId).disconnectAdmin(admin.id);
  return new Response(null, { status: 204 });
};
