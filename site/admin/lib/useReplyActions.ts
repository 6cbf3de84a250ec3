import { useEffect, useState } from "preact/hooks";
import type { SavedReplyAction } from "../../../shared/savedReplies/savedReply.ts";
import type { ConversationDetail } from "./conversations.ts";
import type { Pending } from "./inboxRoom.ts";
import { advanceQueue, queueActions, type ActionQueue } from "./replyActionQueue.ts";
import { runReplyActions } from "./replyActions.ts";

/** Queues a sent saved reply's actions and runs them once its message is stored (replyActionQueue.ts). */
export function useReplyActions(
  conversationId: string,
  adminId: string,
  pending: readonly Pending[],
  onDone: (detail: ConversationDetail | null) => void,
  onError: (error: unknown) => void,
): (actions: SavedReplyAction[]) => void {
  const [queue, setQueue] = useState<ActionQueue | null>(null);
  const pendingIds = pending.map((p) => p.clientId);
  useEffect(() => setQueue(null), [conversationId]);
  useEffect(() => {
    if (!queue) return;
    const next = advanceQueue(queue, pendingIds);
    if (next.queue !== queue) setQueue(next.queue);
    if (next.due) runReplyActions(conversationId, adminId, queue.actions).then(onDone, onError);
  }, [queue, pendingIds.join("\n")]);
  return (actions) => {
    if (actions.length > 0) setQueue(queueActions(actions, pendingIds));
  };
}
