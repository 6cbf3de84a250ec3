import { z } from "zod";
import { replaceRoutingRules, routingRulesOf } from "../db/routing.ts";
import { teamsOf } from "../db/teams.ts";
import { readJson } from "../http/body.ts";
import type { Handler } from "../http/context.ts";
import { ApiError } from "../http/errors.ts";
import { parseConditions } from "../inbox/routingRules.ts";
import { requireOwner, withSession } from "../http/guard.ts";

const rulesBody = z.array(
  z.object({
    name: z.string().trim().min(1).max(100),
    conditions: z.unknown(),
    team_id: z.union([z.string(), z.number()]).transform(Number),
    assign_to_admin: z.boolean().default(false),
  }),
).max(100);

export const listRoutingRules: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  const rules = await routingRulesOf(c.db, c.principal.workspaceId);
  return Response.json({
    data: rules.map((r) => ({ id: String(r.id), name: r.name, conditions: r.conditions, team_id: String(r.teamId), assign_to_admin: r.assignToAdmin })),
  });
};

/** The editor saves the whole ordered list; every rule is checked before anything is replaced. */
export const saveRoutingRules: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  await requireOwner(c, "routing rules");
  const body = await readJson(request, rulesBody);
  const teamIds = new Set((await teamsOf(c.db, c.principal.workspaceId)).map((t) => t.id));
  const rows = body.map((rule, i) => {
    const parsed = parseConditions(rule.conditions, `[${i}].conditions`);
    if (!parsed.ok) throw new ApiError("parameter_invalid", parsed.message);
    if (!teamIds.has(rule.team_id)) throw new ApiError("parameter_invalid", `[${i}].team_id: no such team in this workspace.`);
    return { position: i, name: rule.name, conditions: parsed.conditions, teamId: rule.team_id, assignToAdmin: rule.assign_to_admin, createdAt: c.now };
  });
  await replaceRoutingRules(c.db, c.principal.workspaceId, rows);
  return listRoutingRules(request, ctx);
};
