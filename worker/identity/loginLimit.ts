// Login throttling: after MAX_FAILURES failed attempts for one email from one address within
// WINDOW_SECONDS, further attempts are refused until the oldest failure leaves the window.
export const MAX_FAILURES = 10;
export const WINDOW_SECONDS = 15 * 60;

export interface LoginLimitDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

export function decideLogin(failureTimes: readonly number[], now: number): LoginLimitDecision {
  const recent = failureTimes.filter((t) => t > now - WINDOW_SECONDS).sort((a, b) => a - b);
  if (recent.length < MAX_FAILURES) return { allowed: true, retryAfterSeconds: 0 };
  const unlockAt = (recent[recent.length - MAX_FAILURES] ?? now) + WINDOW_SECONDS;
  return { allowed: false, retryAfterSeconds: Math.max(1, unlockAt - now) };
}
