import { z } from "zod";
import { unknownPlaceholders } from "../../shared/savedReplies/placeholders.ts";
import { MAX_SAVED_REPLIES, savedReplyActions, savedReplyInput, type SavedReply } from "../../shared/savedReplies/savedReply.ts";
import { adminById } from "../db/admins.ts";
import { countSavedReplies, deleteSavedReply, insertSavedReply, savedRepliesOf, updateSavedReply, type SavedReplyFields, type SavedReplyRow } from "../db/savedReplies.ts";
import { teamById } from "../db/teams.ts";
import { readJson } from "../http/body.ts";
import { param, type AuthedCtx, type Handler } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { withSession } from "../http/guard.ts";
import { MAX_PART_BYTES, utf8Length } from "../../shared/protocol.ts";

// The workspace's saved replies, for every admin to use and edit in the admin app.

function view(row: SavedReplyRow): SavedReply {
  const actions = savedReplyActions.safeParse(JSON.parse(row.actions));
  return { type: "saved_reply", id: String(row.id), name: row.name, body: row.body, actions: actions.success ? actions.data : [], created_at: row.createdAt, updated_at: row.updatedAt };
}

/** Checked against the shared schema, the placeholders Parley fills, and this workspace's admins and teams. */
async function fieldsOf(request: Request, c: AuthedCtx): Promise<SavedReplyFields> {
  const parsed = savedReplyInput.safeParse(await readJson(request, z.unknown()));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError("parameter_invalid", issue ? `${issue.path.join(".") || "body"}: ${issue.message}` : "The saved reply is invalid.");
  }
  const input = parsed.data;
  if (utf8Length(input.body) > MAX_PART_BYTES) throw new ApiError("parameter_invalid", `body: at most ${MAX_PART_BYTES / 1024} KB, as a message.`);
  const unknown = unknownPlaceholders(input.body);
  if (unknown.length > 0) throw new ApiError("parameter_invalid", `body: unknown placeholder ${unknown.map((n) => `{{${n}}}`).join(", ")}.`);
  for (const action of input.actions) {
    if (action.type !== "assign") continue;
    const id = Number(action.assignee_id);
    const found = action.assignee_type === "admin" ? await adminById(c.db, c.principal.workspaceId, id) : await teamById(c.db, c.principal.workspaceId, id);
    if (!found) throw new ApiError("parameter_invalid", `actions: no such ${action.assignee_type} in this workspace.`);
  }
  return { name: input.name, body: input.body, actions: JSON.stringify(input.actions) };
}

function idOf(raw: string): number {
  if (!/^[1-9][0-9]{0,15}$/.test(raw)) throw notFound("Saved reply");
  return Number(raw);
}

export const listSavedReplies: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  return Response.json({ type: "list", data: (await savedRepliesOf(c.db, c.principal.workspaceId)).map(view) });
};

export const createSavedReply: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  const fields = await fieldsOf(request, c);
  if ((await countSavedReplies(c.db, c.principal.workspaceId)) >= MAX_SAVED_REPLIES) {
    throw new ApiError("parameter_invalid", `A workspace may keep at most ${MAX_SAVED_REPLIES} saved replies.`);
  }
  const row = await insertSavedReply(c.db, c.principal.workspaceId, c.principal.adminId, fields, c.now);
  if (!row) throw new Error("saved reply insert returned nothing");
  return Response.json(view(row));
};

export const editSavedReply: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  const id = idOf(param(request, "id"));
  const row = await updateSavedReply(c.db, c.principal.workspaceId, id, await fieldsOf(request, c), c.now);
  if (!row) throw notFound("Saved reply");
  return Response.json(view(row));
};

export const removeSavedReply: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  if (!(await deleteSavedReply(c.db, c.principal.workspaceId, idOf(param(request, "id"))))) throw notFound("Saved reply");
  return new Response(null, { status: 204 });
};
