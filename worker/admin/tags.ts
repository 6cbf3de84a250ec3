import { z } from "zod";
import { checkTagName } from "../../shared/tags.ts";
import { deleteTag, renameTag, tagUsageOf } from "../db/tags.ts";
import { readJson } from "../http/body.ts";
import type { Handler } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { withSession } from "../http/guard.ts";
import { numericId } from "../http/ids.ts";
import { tagView } from "../http/tagViews.ts";

// The tags screen: every tag with how much it is used, rename and delete. Any admin may manage
// tags, as any admin may create them while tagging. Tagging itself goes through the REST routes.

export const listTagUsage: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  const usage = await tagUsageOf(c.db, c.principal.workspaceId);
  return Response.json({ tags: usage.map((t) => ({ ...tagView(t), contacts: t.contacts, conversations: t.conversations })) });
};

export const renameTagRoute: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  const id = numericId(request, "id", "Tag");
  const body = await readJson(request, z.object({ name: z.string() }));
  const checked = checkTagName(body.name);
  if (!checked.ok) throw new ApiError("parameter_invalid", `name: ${checked.message}`);
  const renamed = await renameTag(c.db, c.principal.workspaceId, id, checked.name);
  if (renamed === "taken") throw new ApiError("conflict", "Another tag already has this name.");
  if (!renamed) throw notFound("Tag");
  return Response.json(tagView(renamed));
};

export const deleteTagAdminRoute: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  if (!(await deleteTag(c.db, c.principal.workspaceId, numericId(request, "id", "Tag")))) throw notFound("Tag");
  return new Response(null, { status: 204 });
};
