import { z } from "zod";
import { checkTagName } from "../../shared/tags.ts";
import { adminById } from "../db/admins.ts";
import { contactById, isContactId } from "../db/contacts.ts";
import { addContactTag, removeContactTag } from "../db/taggings.ts";
import { deleteTag, ensureTag, isTagId, renameTag, tagById, tagsOf } from "../db/tags.ts";
import type { Tag } from "../db/tagSchema.ts";
import { tagConversation, untagConversation, type TaggingResult } from "../conversation/tags.ts";
import { readJson } from "../http/body.ts";
import { param, type AuthedCtx, type AuthedHandler } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { tagListView, tagView } from "../http/tagViews.ts";

// Intercom's tag endpoints (CONTRACT §7). Ids travel as strings and are accepted as numbers too.
const id = z.union([z.string(), z.number()]).transform(String);

export async function tagOr404(c: AuthedCtx, raw: string): Promise<Tag> {
  const tag = isTagId(raw) ? await tagById(c.db, c.principal.workspaceId, Number(raw)) : undefined;
  if (!tag) throw notFound("Tag");
  return tag;
}

function tagName(raw: string): string {
  const checked = checkTagName(raw);
  if (!checked.ok) throw new ApiError("parameter_invalid", `name: ${checked.message}`);
  return checked.name;
}

export const listTagsRoute: AuthedHandler = async (_request, c) => Response.json(tagListView(await tagsOf(c.db, c.principal.workspaceId)));

export const getTagRoute: AuthedHandler = async (request, c) => Response.json(tagView(await tagOr404(c, param(request, "id"))));

/** Creates a tag, or returns the one of that name; with `id`, renames that tag (as Intercom's create-or-update). */
export const createTagRoute: AuthedHandler = async (request, c) => {
  const body = await readJson(request, z.object({ name: z.string(), id: id.optional() }));
  const name = tagName(body.name);
  if (body.id === undefined) return Response.json(tagView(await ensureTag(c.db, c.principal.workspaceId, name, c.now)));
  const renamed = await renameTag(c.db, c.principal.workspaceId, (await tagOr404(c, body.id)).id, name);
  if (renamed === "taken") throw new ApiError("conflict", `A tag named ${JSON.stringify(name)} already exists.`);
  if (!renamed) throw notFound("Tag");
  return Response.json(tagView(renamed));
};

export const deleteTagRoute: AuthedHandler = async (request, c) => {
  const tag = await tagOr404(c, param(request, "id"));
  if (!(await deleteTag(c.db, c.principal.workspaceId, tag.id))) throw notFound("Tag");
  return new Response(null, { status: 200 });
};

async function contactOr404(c: AuthedCtx, raw: string) {
  const contact = isContactId(raw) ? await contactById(c.db, c.principal.workspaceId, raw) : undefined;
  if (!contact) throw notFound("User");
  return contact;
}

export const tagContactRoute: AuthedHandler = async (request, c) => {
  const contact = await contactOr404(c, param(request, "id"));
  const body = await readJson(request, z.object({ id }));
  const tag = await tagOr404(c, body.id);
  await addContactTag(c.db, c.principal.workspaceId, contact.id, tag.id, c.now);
  return Response.json(tagView(tag));
};

export const untagContactRoute: AuthedHandler = async (request, c) => {
  const contact = await contactOr404(c, param(request, "id"));
  const tag = await tagOr404(c, param(request, "tag_id"));
  await removeContactTag(c.db, c.principal.workspaceId, contact.id, tag.id);
  return Response.json(tagView(tag));
};

function conversationId(raw: string): number {
  if (!/^[1-9][0-9]{0,15}$/.test(raw)) throw notFound("Conversation");
  return Number(raw);
}

/** Intercom asks who tags a conversation; it must be an admin of this workspace. */
async function adminIdOf(c: AuthedCtx, raw: string): Promise<number> {
  const admin = /^[1-9][0-9]{0,15}$/.test(raw) ? await adminById(c.db, c.principal.workspaceId, Number(raw)) : undefined;
  if (!admin) throw new ApiError("parameter_invalid", "admin_id: no such admin in this workspace.");
  return admin.id;
}

function answer(result: TaggingResult): Response {
  if (!result.ok) throw notFound(result.missing === "tag" ? "Tag" : "Conversation");
  return Response.json(tagView(result.tag));
}

export const tagConversationRoute: AuthedHandler = async (request, c) => {
  const target = conversationId(param(request, "id"));
  const body = await readJson(request, z.object({ id, admin_id: id }));
  const adminId = await adminIdOf(c, body.admin_id);
  return answer(await tagConversation(c, c.principal.workspaceId, target, (await tagOr404(c, body.id)).id, adminId));
};

export const untagConversationRoute: AuthedHandler = async (request, c) => {
  const target = conversationId(param(request, "id"));
  const body = await readJson(request, z.object({ admin_id: id }));
  await adminIdOf(c, body.admin_id);
  return answer(await untagConversation(c, c.principal.workspaceId, target, (await tagOr404(c, param(request, "tag_id"))).id));
};
