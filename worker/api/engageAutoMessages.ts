import { z } from "zod";
import {
  autoMessageById,
  autoMessageSentCounts,
  autoMessagesOf,
  deleteAutoMessage,
  insertAutoMessage,
  updateAutoMessage,
  type AutoMessagePatch,
} from "../db/autoMessages.ts";
import type { AutoMessage } from "../db/schema.ts";
import { readJson } from "../http/body.ts";
import { param, type AuthedCtx, type AuthedHandler } from "../http/context.ts";
import { notFound } from "../http/errors.ts";
import { channelSchema, idSchema, messageBodySchema, numericId, requireAdmin, ruleFrom, stateSchema, subjectSchema } from "./engageInput.ts";

const fieldsSchema = z.object({
  title: z.string().trim().min(1).max(200),
  channel: channelSchema,
  subject: subjectSchema,
  body: messageBodySchema,
  from_admin_id: idSchema,
  rules: z.unknown(),
  state: stateSchema,
});
// Separate so a PUT without `state` keeps the state (a default would reset it to draft).
const createBody = fieldsSchema.extend({ state: stateSchema.default("draft") });
const updateBody = fieldsSchema.partial();

export function autoMessageView(row: AutoMessage, sent: number) {
  return {
    type: "auto_message",
    id: String(row.id),
    title: row.title,
    channel: row.channel,
    subject: row.subject,
    body: row.body,
    from_admin_id: String(row.fromAdminId),
    rules: row.rules,
    state: row.state,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
    sent,
  };
}

async function existing(c: AuthedCtx, raw: string): Promise<AutoMessage> {
  const row = await autoMessageById(c.db, c.principal.workspaceId, numericId(raw));
  if (!row) throw notFound("Auto message");
  return row;
}

export const createAutoMessage: AuthedHandler = async (request, c) => {
  const body = await readJson(request, createBody);
  const rules = ruleFrom(body.rules, "rules");
  await requireAdmin(c.db, c.principal.workspaceId, body.from_admin_id);
  const row = await insertAutoMessage(c.db, {
    workspaceId: c.principal.workspaceId,
    title: body.title,
    channel: body.channel,
    subject: body.subject ?? null,
    body: body.body,
    fromAdminId: body.from_admin_id,
    rules,
    state: body.state,
    createdAt: c.now,
    updatedAt: c.now,
  });
  return Response.json(autoMessageView(row, 0));
};

export const listAutoMessages: AuthedHandler = async (_request, c) => {
  const [rows, sent] = await Promise.all([autoMessagesOf(c.db, c.principal.workspaceId), autoMessageSentCounts(c.db, c.principal.workspaceId)]);
  return Response.json({ type: "list", data: rows.map((row) => autoMessageView(row, sent.get(row.id) ?? 0)) });
};

export const getAutoMessage: AuthedHandler = async (request, c) => {
  const row = await existing(c, param(request, "id"));
  const sent = await autoMessageSentCounts(c.db, c.principal.workspaceId);
  return Response.json(autoMessageView(row, sent.get(row.id) ?? 0));
};

export const updateAutoMessageRoute: AuthedHandler = async (request, c) => {
  const row = await existing(c, param(request, "id"));
  const body = await readJson(request, updateBody);
  if (body.from_admin_id !== undefined) await requireAdmin(c.db, c.principal.workspaceId, body.from_admin_id);
  const patch: AutoMessagePatch = {
    title: body.title,
    channel: body.channel,
    subject: body.subject,
    body: body.body,
    fromAdminId: body.from_admin_id,
    rules: body.rules === undefined ? undefined : ruleFrom(body.rules, "rules"),
    state: body.state,
    updatedAt: c.now,
  };
  const updated = await updateAutoMessage(c.db, c.principal.workspaceId, row.id, patch);
  if (!updated) throw notFound("Auto message");
  const sent = await autoMessageSentCounts(c.db, c.principal.workspaceId);
  return Response.json(autoMessageView(updated, sent.get(updated.id) ?? 0));
};

export const deleteAutoMessageRoute: AuthedHandler = async (request, c) => {
  const row = await existing(c, param(request, "id"));
  await deleteAutoMessage(c.db, c.principal.workspaceId, row.id);
  return Response.json({ type: "auto_message", id: String(row.id), deleted: true });
};
