import type { IRequest } from "itty-router";
import { ALWAYS_OPEN, officeHours, type OfficeHours } from "../../shared/officeHours/types.ts";
import { deleteOfficeHours, officeHoursOf, saveOfficeHours } from "../db/officeHours.ts";
import { teamById } from "../db/teams.ts";
import { readJson } from "../http/body.ts";
import type { AuthedCtx, AuthedHandler } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";

// Office hours (CONTRACT §7) for the workspace, and with `?team_id=` for one team whose hours
// differ (Parley's own extension, docs/api.md). A team without its own follows the workspace.

async function teamOf(request: IRequest, c: AuthedCtx): Promise<number | null> {
  const raw = new URL(request.url).searchParams.get("team_id");
  if (raw === null) return null;
  if (!/^[1-9][0-9]{0,15}$/.test(raw)) throw new ApiError("parameter_invalid", "team_id: must be a team id.");
  if (!(await teamById(c.db, c.principal.workspaceId, Number(raw)))) throw notFound("Team");
  return Number(raw);
}

function view(teamId: number | null, hours: OfficeHours, inherited: boolean) {
  return { type: "office_hours", team_id: teamId === null ? null : String(teamId), inherited, ...hours };
}

/** The hours in force: the team's own, else the workspace's, else open around the clock. */
export const getOfficeHours: AuthedHandler = async (request, c) => {
  const teamId = await teamOf(request, c);
  const own = await officeHoursOf(c.db, c.principal.workspaceId, teamId);
  if (own) return Response.json(view(teamId, own, false));
  const fallback = teamId === null ? null : await officeHoursOf(c.db, c.principal.workspaceId, null);
  return Response.json(view(teamId, fallback ?? ALWAYS_OPEN, true));
};

export const putOfficeHours: AuthedHandler = async (request, c) => {
  const teamId = await teamOf(request, c);
  const hours = await readJson(request, officeHours);
  await saveOfficeHours(c.db, c.principal.workspaceId, teamId, hours, c.now);
  return Response.json(view(teamId, hours, false));
};

/** A team goes back to the workspace's hours; the workspace back to open around the clock. */
export const deleteOfficeHoursRoute: AuthedHandler = async (request, c) => {
  const teamId = await teamOf(request, c);
  await deleteOfficeHours(c.db, c.principal.workspaceId, teamId);
  return getOfficeHours(request, c);
};
