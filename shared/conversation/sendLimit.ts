// How fast one conversation socket may send messages: the room refuses past the limit and the
// client paces itself by the same numbers, so a backlog after an outage never meets a refusal.

export const SEND_BURST = 20;
export const SEND_WINDOW_MS = 10_000;

/** A socket may send SEND_BURST parts per `windowMs`; returns the times to keep, or null to refuse. */
export function admitSend(recent: readonly number[], now: number, windowMs: number = SEND_WINDOW_MS): number[] | null {
  const kept = recent.filter((t) => t > now - windowMs);
  return kept.length >= SEND_BURST ? null : [...kept, now];
}

/** How long until admitSend would admit one more send: 0 when it would now. */
export function sendWait(recent: readonly number[], now: number, windowMs: number = SEND_WINDOW_MS): number {
  const kept = recent.filter((t) => t > now - windowMs).sort((a, b) => a - b);
  const blocking = kept[kept.length - SEND_BURST];
  return blocking === undefined ? 0 : blocking + windowMs - now;
}
