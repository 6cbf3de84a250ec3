import { matchesView, viewKey, type ConversationState, type InboxConversation, type InboxView } from "./inbox.ts";

/** A tab's count: exact, or a floor when more pages exist than the client holds ("50+"). */
export interface ViewCount {
  n: number;
  more: boolean;
}

/**
 * Counts for the view tabs from the rows the client already has: the shown view's own, and, when
 * "All" is shown, every other view's too (each is a subset of All in the same state).
 */
export function viewCounts(
  rows: readonly InboxConversation[],
  shown: InboxView,
  views: readonly InboxView[],
  state: ConversationState,
  me: string,
  more: boolean,
): Map<string, ViewCount> {
  const counts = new Map<string, ViewCount>();
  const counted = shown.kind === "all" ? views : [shown];
  for (const view of counted) counts.set(viewKey(view), { n: rows.filter((c) => matchesView(c, view, state, me)).length, more });
  return counts;
}

export function countText(count: ViewCount): string {
  return `${count.n}${count.more ? "+" : ""}`;
}
