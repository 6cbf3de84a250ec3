// Conversation ratings between the messenger and the Worker: after a close the contact rates the
// conversation 1–5 with an optional remark, once. The REST shape (`conversation_rating`) is in
// api-types' terms, built by the Worker's conversation view.
import * as z from "zod/mini";

export const RATING_SCORES = [1, 2, 3, 4, 5] as const;
export const MAX_REMARK_LENGTH = 1000;

export const ratingInput = z.object({
  rating: z.number().check(z.int(), z.gte(1), z.lte(5)),
  remark: z.optional(z.nullable(z.string().check(z.maxLength(MAX_REMARK_LENGTH)))),
});
export type RatingInput = z.infer<typeof ratingInput>;

/** What the messenger learns of its conversation's rating: none yet, or what it gave. */
export const visitorRating = z.object({
  rating: z.nullable(z.object({ rating: z.number(), remark: z.nullable(z.string()), created_at: z.number() })),
});
export type VisitorRating = z.infer<typeof visitorRating>;
