import { useEffect, useState } from "preact/hooks";
import { isAbort } from "../lib/api.ts";
import { fetchRating, stars, type ConversationRating as Rating } from "../lib/conversationRating.ts";
import { RelativeTime } from "./RelativeTime.tsx";

const POLL_MS = 5000;

// The contact's rating in the conversation header. The messenger asks for it after a close, so
// while a closed conversation has none the inbox looks again every few seconds (visible tabs only).
export function ConversationRating({ conversationId, closed }: { conversationId: string; closed: boolean }) {
  const [rating, setRating] = useState<Rating | null>(null);

  useEffect(() => setRating(null), [conversationId]);
  useEffect(() => {
    if (!closed && rating === null) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const look = () => {
      if (document.visibilityState !== "visible") return void (timer = setTimeout(look, POLL_MS));
      fetchRating(conversationId, controller.signal).then(
        (found) => (found ? setRating(found) : (timer = setTimeout(look, POLL_MS))),
        (error: unknown) => !isAbort(error) && (timer = setTimeout(look, POLL_MS * 3)),
      );
    };
    if (rating === null) look();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [conversationId, closed, rating === null]);

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
