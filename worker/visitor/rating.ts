import type { IRequest } from "itty-router";
import { z } from "zod";
import { MAX_REMARK_LENGTH, type VisitorRating } from "../../shared/ratings.ts";
import { conversationById } from "../db/conversations.ts";
import { insertRating, ratingOf, type RatingRow } from "../db/ratings.ts";
import { roomOf } from "../durable/stubs.ts";
import { readJson } from "../http/body.ts";
import { param, type Ctx, type Handler } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { ratingTarget } from "./ratingTarget.ts";
import { visitorSession } from "./session.ts";

// The messenger's rating of a closed conversation: its own contact only, once ever. The room's
// log (not D1's list row, which may lag a live close by seconds) says whether it is closed and
// who was assigned at that close.

const ratingBody = z.object({
  rating: z.number().int().min(1).max(5),
  remark: z.string().max(MAX_REMARK_LENGTH).nullable().optional(),
});

async function ownConversation(request: IRequest, c: Ctx) {
  const { workspace, contact } = await visitorSession(request, c);
  const raw = param(request, "id");
  const row = /^[1-9][0-9]{0,15}$/.test(raw) ? await conversationById(c.db, workspace.id, Number(raw)) : undefined;
  // Someone else's conversation is indistinguishable from a missing one.
  if (!row || row.contactId !== contact.id) throw notFound("Conversation");
  return { workspaceId: workspace.id, conversationId: row.id };
}

function visitorView(rating: RatingRow | undefined): VisitorRating {
  return { rating: rating ? { rating: rating.rating, remark: rating.remark, created_at: rating.createdAt } : null };
}

export const getRating: Handler = async (request, c) => {
  const { workspaceId, conversationId } = await ownConversation(request, c);
  return Response.json(visitorView(await ratingOf(c.db, workspaceId, conversationId)) satisfies VisitorRating);
};

export const rateConversation: Handler = async (request, c) => {
  const { workspaceId, conversationId } = await ownConversation(request, c);
  const body = await readJson(request, ratingBody);
  const snapshot = await roomOf(c.env, workspaceId, conversationId).snapshot("admin");
  const target = snapshot ? ratingTarget(snapshot.parts) : null;
  if (!target) throw new ApiError("parameter_invalid", "Only a closed conversation can be rated.");
  const remark = body.remark?.trim() || null;
  const row: RatingRow = { conversationId, rating: body.rating, remark, adminId: target.adminId, teamId: target.teamId, createdAt: c.now };
  if (!(await insertRating(c.db, workspaceId, row))) throw new ApiError("conflict", "This conversation has already been rated.");
  const pushed = roomOf(c.env, workspaceId, conversationId)
    .rated({ rating: row.rating, remark: row.remark, created_at: row.createdAt })
    .catch((error: unknown) => console.error(JSON.stringify({ level: "error", where: "rateConversation push", conversation_id: conversationId, error: String(error) })));
  c.defer(pushed);
  return Response.json(visitorView(row) satisfies VisitorRating);
};
