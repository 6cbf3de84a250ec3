import type { AdminList, AdminWithApp } from "../../shared/api-types.ts";
import { adminById, adminsOf, teamIdsByAdmin } from "../db/admins.ts";
import { workspaceById } from "../db/workspaces.ts";
import type { AuthedHandler } from "../http/context.ts";
import { notFound } from "../http/errors.ts";
import { numericId } from "../http/ids.ts";
import { adminView, appView } from "../http/views.ts";

export const getMe: AuthedHandler = async (_request, { db, principal }) => {
  const [admin, workspace, teamIds] = await Promise.all([
    adminById(db, principal.workspaceId, principal.adminId),
    workspaceById(db, principal.workspaceId),
    teamIdsByAdmin(db, principal.workspaceId),
  ]);
  if (!admin || !workspace) throw notFound("Admin");
  return Response.json({ ...adminView(admin, teamIds.get(admin.id) ?? []), app: appView(workspace) } satisfies AdminWithApp);
};

export const listAdmins: AuthedHandler = async (_request, { db, principal }) => {
  const [admins, teamIds] = await Promise.all([adminsOf(db, principal.workspaceId), teamIdsByAdmin(db, principal.workspaceId)]);
  return Response.json({ type: "admin.list", admins: admins.map((a) => adminView(a, teamIds.get(a.id) ?? [])) } satisfies AdminList);
};

export const getAdmin: AuthedHandler = async (request, { db, principal }) => {
  const id = numericId(request, "id", "Admin");
  const [admin, teamIds] = await Promise.all([adminById(db, principal.workspaceId, id), teamIdsByAdmin(db, principal.workspaceId)]);
  if (!admin) throw notFound("Admin");
  return Response.json(adminView(admin, teamIds.get(admin.id) ?? []));
};
