import type { TeamList } from "../../shared/api-types.ts";
import { teamById, teamsOf } from "../db/teams.ts";
import type { AuthedHandler } from "../http/context.ts";
import { notFound } from "../http/errors.ts";
import { numericId } from "../http/ids.ts";
import { teamView } from "../http/views.ts";

export const listTeams: AuthedHandler = async (_request, { db, principal }) => {
  const teams = await teamsOf(db, principal.workspaceId);
  return Response.json({ type: "team.list", teams: teams.map(teamView) } satisfies TeamList);
};

export const getTeam: AuthedHandler = async (request, { db, principal }) => {
  const team = await teamById(db, principal.workspaceId, numericId(request, "id", "Team"));
  if (!team) throw notFound("Team");
  return Response.json(teamView(team));
};
