import { z } from "zod";
import { adminById } from "../db/admins.ts";
import { isUniqueViolation } from "../db/client.ts";
import { addTeamMember, deleteTeam, insertTeam, removeTeamMember, renameTeam, teamById } from "../db/teams.ts";
import { teamView } from "../http/views.ts";
import { numericId } from "../http/ids.ts";
import { readJson } from "../http/body.ts";
import type { Handler } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { requireOwner, withSession } from "../http/guard.ts";

const nameBody = z.object({ name: z.string().trim().min(1).max(100) });

function uniqueName(error: unknown): never {
  if (isUniqueViolation(error)) throw new ApiError("conflict", "A team with this name already exists.");
  throw error;
}

export const createTeam: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  await requireOwner(c, "teams");
  const { name } = await readJson(request, nameBody);
  const team = await insertTeam(c.db, { workspaceId: c.principal.workspaceId, name, createdAt: c.now }).catch(uniqueName);
  return Response.json(teamView({ ...team, adminIds: [] }));
};

export const renameTeamRoute: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  await requireOwner(c, "teams");
  const { name } = await readJson(request, nameBody);
  const id = numericId(request, "id", "Team");
  if (!(await renameTeam(c.db, c.principal.workspaceId, id, name).catch(uniqueName))) throw notFound("Team");
  const team = await teamById(c.db, c.principal.workspaceId, id);
  if (!team) throw notFound("Team");
  return Response.json(teamView(team));
};

export const deleteTeamRoute: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  await requireOwner(c, "teams");
  if (!(await deleteTeam(c.db, c.principal.workspaceId, numericId(request, "id", "Team")))) throw notFound("Team");
  return new Response(null, { status: 204 });
};

export const changeMember =
  (add: boolean): Handler =>
  async (request, ctx) => {
    const c = await withSession(request, ctx);
    await requireOwner(c, "teams");
    const teamId = numericId(request, "id", "Team");
    const adminId = numericId(request, "admin_id", "Admin");
    const [team, admin] = await Promise.all([teamById(c.db, c.principal.workspaceId, teamId), adminById(c.db, c.principal.workspaceId, adminId)]);
    if (!team || !admin) throw notFound(team ? "Admin" : "Team");
    if (add) await addTeamMember(c.db, { workspaceId: c.principal.workspaceId, teamId, adminId });
    else await removeTeamMember(c.db, c.principal.workspaceId, teamId, adminId);
    const updated = await teamById(c.db, c.principal.workspaceId, teamId);
    return Response.json(updated ? teamView(updated) : null);
  };
