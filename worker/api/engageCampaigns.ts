import { z } from "zod";
import {
  campaignById,
  campaignDays,
  campaignListCounts,
  campaignsOf,
  deleteCampaign,
  enrolmentCounts,
  insertCampaign,
  messagesOf,
  replaceMessages,
  sentPerMessage,
  updateCampaign,
  type MessageInput,
} from "../db/campaigns.ts";
import type { Campaign, CampaignMessage } from "../db/schema.ts";
import { readJson } from "../http/body.ts";
import { param, type AuthedCtx, type AuthedHandler } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { channelSchema, idSchema, messageBodySchema, numericId, requireAdmin, ruleFrom, stateSchema, subjectSchema } from "./engageInput.ts";

const messageSchema = z.object({
  // On PUT: the message's current index (as GET shows it) keeps that message and what it was sent.
  index: z.number().int().min(0).optional(),
  title: z.string().trim().min(1).max(200),
  channel: channelSchema,
  subject: subjectSchema,
  body: messageBodySchema,
  from_admin_id: idSchema,
  priority: z.number().int().min(1).max(100),
  rules: z.unknown().optional(),
});
const fieldsSchema = z.object({
  name: z.string().trim().min(1).max(200),
  target: z.unknown(),
  goal: z.unknown(),
  exit_rules: z.unknown().optional(),
  throttle_days: z.number().int().min(0).max(365),
  state: stateSchema,
  messages: z.array(messageSchema).max(20),
});
// Separate so a PUT without `state` keeps the state (a default would reset it to draft).
const createBody = fieldsSchema.extend({ state: stateSchema.default("draft") });
const updateBody = fieldsSchema.partial();

function messageView(m: CampaignMessage, index: number) {
  return { index, title: m.title, channel: m.channel, subject: m.subject, body: m.body, from_admin_id: String(m.fromAdminId), priority: m.priority, rules: m.rules };
}

export function campaignView(c: Campaign, messages: CampaignMessage[]) {
  return {
    type: "campaign",
    id: String(c.id),
    name: c.name,
    target: c.target,
    goal: c.goal,
    exit_rules: c.exitRules,
    throttle_days: c.throttleDays,
    state: c.state,
    messages: messages.map(messageView),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
  };
}

async function existing(c: AuthedCtx, raw: string): Promise<Campaign> {
  const row = await campaignById(c.db, c.principal.workspaceId, numericId(raw));
  if (!row) throw notFound("Campaign");
  return row;
}

/** Validated messages, each either an existing one (by its current index) or new. */
async function messageInputs(c: AuthedCtx, input: z.infer<typeof messageSchema>[], current: CampaignMessage[]) {
  const anyIndexed = input.some((m) => m.index !== undefined);
  const out: (MessageInput & { keepId: number | null })[] = [];
  for (const [i, m] of input.entries()) {
    await requireAdmin(c.db, c.principal.workspaceId, m.from_admin_id);
    // Without any index, a PUT lines its list up with the current one by position.
    const at = anyIndexed ? m.index : i;
    const kept = at === undefined ? undefined : current[at];
    if (anyIndexed && at !== undefined && !kept) throw new ApiError("parameter_invalid", `messages.${i}.index: no message ${at} in this campaign.`);
    out.push({
      keepId: kept?.id ?? null,
      title: m.title,
      channel: m.channel,
      subject: m.subject ?? null,
      body: m.body,
      fromAdminId: m.from_admin_id,
      priority: m.priority,
      rules: m.rules === undefined || m.rules === null ? null : ruleFrom(m.rules, `messages.${i}.rules`),
    });
  }
  if (new Set(out.flatMap((m) => (m.keepId === null ? [] : [m.keepId]))).size !== out.filter((m) => m.keepId !== null).length) {
    throw new ApiError("parameter_invalid", "messages: each index may appear once.");
  }
  return out;
}

const exitRulesOf = (value: unknown) => (value === undefined || value === null ? null : ruleFrom(value, "exit_rules"));

export const createCampaign: AuthedHandler = async (request, c) => {
  const body = await readJson(request, createBody);
  const ws = c.principal.workspaceId;
  const target = ruleFrom(body.target, "target");
  const goal = ruleFrom(body.goal, "goal");
  const exitRules = exitRulesOf(body.exit_rules);
  const messages = await messageInputs(c, body.messages.map(({ index: _ignored, ...m }) => m), []);
  const row = await insertCampaign(c.db, { workspaceId: ws, name: body.name, target, goal, exitRules, throttleDays: body.throttle_days, state: body.state, createdAt: c.now, updatedAt: c.now });
  await replaceMessages(c.db, ws, row.id, messages, c.now);
  return Response.json(campaignView(row, await messagesOf(c.db, row.id)));
};

export const listCampaigns: AuthedHandler = async (_request, c) => {
  const [rows, counts] = await Promise.all([campaignsOf(c.db, c.principal.workspaceId), campaignListCounts(c.db, c.principal.workspaceId)]);
  const data = await Promise.all(
    rows.map(async (row) => ({ ...campaignView(row, await messagesOf(c.db, row.id)), enrolled: counts.get(row.id)?.enrolled ?? 0, goal_reached: counts.get(row.id)?.goalReached ?? 0 })),
  );
  return Response.json({ type: "list", data });
};

export const getCampaign: AuthedHandler = async (request, c) => {
  const row = await existing(c, param(request, "id"));
  return Response.json(campaignView(row, await messagesOf(c.db, row.id)));
};

export const updateCampaignRoute: AuthedHandler = async (request, c) => {
  const row = await existing(c, param(request, "id"));
  const body = await readJson(request, updateBody);
  const messages = body.messages === undefined ? undefined : await messageInputs(c, body.messages, await messagesOf(c.db, row.id));
  const updated = await updateCampaign(c.db, c.principal.workspaceId, row.id, {
    name: body.name,
    target: body.target === undefined ? undefined : ruleFrom(body.target, "target"),
    goal: body.goal === undefined ? undefined : ruleFrom(body.goal, "goal"),
    exitRules: body.exit_rules === undefined ? undefined : exitRulesOf(body.exit_rules),
    throttleDays: body.throttle_days,
    state: body.state,
    updatedAt: c.now,
  });
  if (!updated) throw notFound("Campaign");
  if (messages) await replaceMessages(c.db, c.principal.workspaceId, row.id, messages, c.now);
  return Response.json(campaignView(updated, await messagesOf(c.db, row.id)));
};

export const deleteCampaignRoute: AuthedHandler = async (request, c) => {
  const row = await existing(c, param(request, "id"));
  await deleteCampaign(c.db, c.principal.workspaceId, row.id);
  return Response.json({ type: "campaign", id: String(row.id), deleted: true });
};

export const campaignStats: AuthedHandler = async (request, c) => {
  const row = await existing(c, param(request, "id"));
  const [counts, sent, messages, days] = await Promise.all([enrolmentCounts(c.db, row.id), sentPerMessage(c.db, row.id), messagesOf(c.db, row.id), campaignDays(c.db, row.id)]);
  const byDay = new Map<number, { day: number; sent: number; goal_reached: number }>();
  const dayRow = (day: number) => byDay.get(day) ?? byDay.set(day, { day, sent: 0, goal_reached: 0 }).get(day) ?? { day, sent: 0, goal_reached: 0 };
  for (const s of days.sends) dayRow(s.day).sent += s.n;
  for (const g of days.goals) dayRow(g.day).goal_reached += g.n;
  return Response.json({
    type: "campaign.stats",
    enrolled: counts.enrolled,
    active: counts.active,
    goal_reached: counts.goalReached,
    completed: counts.completed,
    exited: counts.exited,
    messages: messages.map((m, index) => ({ index, sent: sent.get(m.id) ?? 0 })),
    days: [...byDay.values()].sort((a, b) => a.day - b.day),
  });
};
