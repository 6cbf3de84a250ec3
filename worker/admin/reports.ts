import { adminsOf } from "../db/admins.ts";
import { ratingsPerDay } from "../db/ratings.ts";
import { countsPerTeam, conversationsPerDay, medianFirstResponse, medianTimeToClose } from "../db/reports.ts";
import { teamsOf } from "../db/teams.ts";
import { queryString, type Handler } from "../http/context.ts";
import { withSession } from "../http/guard.ts";
import { ratingsReport } from "./ratingsReport.ts";

export const reports: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  const days = Math.min(365, Math.max(1, Number(queryString(request, "days") ?? "30") || 30));
  const since = c.now - days * 86_400;
  const ws = c.principal.workspaceId;
  const [perDay, firstResponse, toClose, perTeam, teams, ratingRows, admins] = await Promise.all([
    conversationsPerDay(c.db, ws, since),
    medianFirstResponse(c.db, ws, since),
    medianTimeToClose(c.db, ws, since),
    countsPerTeam(c.db, ws, since),
    teamsOf(c.db, ws),
    ratingsPerDay(c.db, ws, since),
    adminsOf(c.db, ws),
  ]);
  const teamRows = await Promise.all(
    teams.map(async (t) => {
      const counts = perTeam.find((p) => p.teamId === t.id);
      return { team_id: String(t.id), name: t.name, opened: counts?.opened ?? 0, closed: counts?.closed ?? 0, median_first_response_seconds: await medianFirstResponse(c.db, ws, since, t.id) };
    }),
  );
  const ratings = ratingsReport(ratingRows, teams, admins);
  return Response.json({ days: perDay, median_first_response_seconds: firstResponse, median_time_to_close_seconds: toClose, teams: teamRows, ratings });
};
