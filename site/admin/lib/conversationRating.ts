import { request } from "./api.ts";
import { fields } from "./decode.ts";

// A conversation's rating by its contact, as the inbox shows it.
export interface ConversationRating {
  rating: number;
  remark: string | null;
  createdAt: number;
}

export function parseRating(payload: unknown): ConversationRating | null {
  const root = fields(payload);
  const raw = root.raw("conversation_rating");
  if (raw === null || raw === undefined) return null;
  const f = root.obj("conversation_rating");
  return { rating: f.num("rating"), remark: f.optStr("remark"), createdAt: f.num("created_at") };
}

export function fetchRating(conversationId: string, signal: AbortSignal): Promise<ConversationRating | null> {
  return request("GET", `/admin/api/conversations/${encodeURIComponent(conversationId)}/rating`, parseRating, { signal });
}

/** "★★★★☆" for 4: the stars a screen reader skips, next to the words it reads. */
export function stars(rating: number): string {
  const n = Math.max(0, Math.min(5, Math.round(rating)));
  return "★".repeat(n) + "☆".repeat(5 - n);
}
