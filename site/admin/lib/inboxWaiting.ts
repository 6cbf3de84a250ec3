import type { InboxConversation } from "./inbox.ts";

/**
 * How long the contact has waited for the team, for an open conversation whose last word was
 * theirs: "waiting 12 min". Null when nobody is waiting on the team.
 */
export function waitingText(conversation: Pick<InboxConversation, "state" | "waiting_since">, now: number): string | null {
  const since = conversation.waiting_since;
  if (conversation.state !== "open" || since === null) return null;
  const minutes = Math.max(0, Math.floor((now - since) / 60));
  if (minutes < 1) return "waiting < 1 min";
  if (minutes < 60) return `waiting ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `waiting ${hours} h`;
  return `waiting ${Math.floor(hours / 24)} d`;
}

/** Past this a wait reads as overdue, in colour and in words. */
export const LONG_WAIT_SECONDS = 30 * 60;
