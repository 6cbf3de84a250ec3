import { conversationById } from "../db/conversations.ts";
import { conversationPrefix } from "../durable/attachmentKeys.ts";
import { acceptUpload } from "../conversation/uploads.ts";
import { param, type Handler } from "../http/context.ts";
import { notFound } from "../http/errors.ts";
import { withSession } from "../http/guard.ts";

/** POST /admin/api/conversations/{id}/attachments?name=: a teammate's file, into that conversation. */
export const uploadAdminAttachment: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  const raw = param(request, "id");
  const row = /^[1-9][0-9]{0,15}$/.test(raw) ? await conversationById(c.db, c.principal.workspaceId, Number(raw)) : undefined;
  if (!row) throw notFound("Conversation");
  return Response.json(await acceptUpload(c, request, conversationPrefix(c.principal.workspaceId, row.id)));
};
