import type { SavedReplyAction } from "../../../shared/savedReplies/savedReply.ts";

// A saved reply's actions wait for its message: the reply goes out on the conversation socket and
// the actions through REST, so closing first could put "closed" above the reply in the timeline.
// The queue notes which messages were pending before the send, sees the new one appear, and lets
// the actions run once it has left the pending list (stored and acknowledged). A message that
// fails keeps them waiting until a retry gets it through.
export interface ActionQueue {
  actions: SavedReplyAction[];
  before: readonly string[];
  seen: boolean;
}

export function queueActions(actions: SavedReplyAction[], pendingIds: readonly string[]): ActionQueue {
  return { actions, before: [...pendingIds], seen: false };
}

/** The queue after the pending list changed, and whether its actions are due now. */
export function advanceQueue(queue: ActionQueue, pendingIds: readonly string[]): { queue: ActionQueue | null; due: boolean } {
  const waiting = pendingIds.some((id) => !queue.before.includes(id));
  if (waiting) return { queue: queue.seen ? queue : { ...queue, seen: true }, due: false };
  return queue.seen ? { queue: null, due: true } : { queue, due: false };
}
