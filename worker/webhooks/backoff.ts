// CONTRACT §8: the first retry within 60 s, at least 5 attempts. Then the delivery is failed and
// waits for a redelivery by hand.
export const MAX_ATTEMPTS = 6;
const DELAYS_S = [30, 120, 600, 1800, 3600];

/** Seconds to wait after a failed attempt (attempts counts it), or null when there is no next one. */
export function retryDelay(attempts: number): number | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  return DELAYS_S[Math.max(0, attempts - 1)] ?? DELAYS_S[DELAYS_S.length - 1] ?? null;
}
