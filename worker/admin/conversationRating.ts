import { conversationById } from "../db/conversations.ts";
import { ratingOf } from "../db/ratings.ts";
import { param, type Handler } from "../http/context.ts";
import { notFound } from "../http/errors.ts";
import { withSession } from "../http/guard.ts";
import { ratingView } from "../http/ratingView.ts";

// The inbox asks for a closed conversation's rating on its own: one D1 read, where the REST
// conversation would also read the room's whole log.
export const conversationRating: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  const raw = param(request, "id");
  const row = /^[1-9][0-9]{0,15}$/.test(raw) ? await conversationById(c.db, c.principal.workspaceId, Number(raw)) : undefined;
  if (!row) throw notFound("Conversation");
  return Response.json({ conversation_rating: ratingView(await ratingOf(c.db, row.workspaceId, row.id), row.contactId) });
};
