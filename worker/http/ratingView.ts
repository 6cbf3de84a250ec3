import type { RatingRow } from "../db/ratings.ts";

// Intercom's `conversation_rating`: the contact's score and remark, and the teammate it rates (the
// admin assigned when the conversation was closed). The contact is the conversation's own, so a
// merged lead's rating names the user who now holds the conversation.
export function ratingView(rating: RatingRow | undefined, contactId: string) {
  if (!rating) return null;
  return {
    rating: rating.rating,
    remark: rating.remark,
    created_at: rating.createdAt,
    contact: { type: "contact", id: contactId },
    teammate: rating.adminId === null ? null : { type: "admin", id: String(rating.adminId) },
  };
}
