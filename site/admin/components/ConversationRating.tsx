import { useEffect, useState } from "preact/hooks";
import type { RoomState } from "../lib/inboxRoom.ts";
import { isAbort } from "../lib/api.ts";
import { fetchRating, stars, type ConversationRating as Rating } from "../lib/conversationRating.ts";
import { RelativeTime } from "./RelativeTime.tsx";

// The contact's rating in the conversation header: read once when a closed conversation opens,
// then pushed by the room (a `rated` frame) the moment the contact gives it.
export function ConversationRating({ conversationId, closed, pushed }: { conversationId: string; closed: boolean; pushed: RoomState["rated"] }) {
  const [fetched, setFetched] = useState<Rating | null>(null);

  useEffect(() => {
    setFetched(null);
    if (!closed) return;
    const controller = new AbortController();
    fetchRating(conversationId, controller.signal).then(setFetched, (error: unknown) => {
      if (!isAbort(error)) console.warn("rating not loaded", error);
    });
    return () => controller.abort();
  }, [conversationId, closed]);

  const rating: Rating | null = pushed ? { rating: pushed.rating, remark: pushed.remark, createdAt: pushed.created_at } : fetched;
  if (!rating) return null;
  return (
    <p class="conversation-rating" role="status">
      <span class="sr-only">Rated {rating.rating} out of 5 by the contact</span>
      <span aria-hidden="true" class="conversation-rating-stars" title={`Rated ${rating.rating} out of 5`}>
        {stars(rating.rating)}
      </span>
      {rating.remark && <q class="conversation-rating-remark">{rating.remark}</q>}
      <span class="muted small">
        <RelativeTime unix={rating.createdAt} />
      </span>
    </p>
  );
}
