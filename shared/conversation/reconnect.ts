// When to try again after a conversation socket closes: exponential backoff with a cap, and
// jitter so that every client of a restarted server does not come back in the same instant.
import { lastSeq, type ConversationState } from "./reducer.ts";

export interface Backoff {
  baseMs: number;
  capMs: number;
}

export const BACKOFF: Backoff = { baseMs: 500, capMs: 15_000 };

/**
 * The delay before reconnect attempt `attempt` (0 for the first after a close), somewhere in the
 * upper half of the capped exponential step; `random` is in [0, 1).
 */
export function reconnectDelay(attempt: number, random: number, backoff: Backoff = BACKOFF): number {
  const step = Math.min(backoff.capMs, backoff.baseMs * 2 ** Math.max(0, attempt));
  return Math.round(step / 2 + (step / 2) * Math.min(1, Math.max(0, random)));
}

/** The whole plan after a close: wait this long, then resume after the last seq held. */
export function reconnectPlan(state: ConversationState, attempt: number, random: number, backoff: Backoff = BACKOFF): { delayMs: number; after: number } {
  return { delayMs: reconnectDelay(attempt, random, backoff), after: lastSeq(state) };
}
