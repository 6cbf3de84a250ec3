// Endpoints without credentials give each client address a budget of hits per fixed window, per
// workspace. The count includes the current request. Wired to D1 in addressLimit.ts.

export const RATE_WINDOW_SECONDS = 60;

export function windowStartOf(now: number, windowSeconds = RATE_WINDOW_SECONDS): number {
  return now - (now % windowSeconds);
}

export interface RateDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

export function decideRate(hits: number, now: number, limit: number, windowSeconds = RATE_WINDOW_SECONDS): RateDecision {
  if (hits <= limit) return { allowed: true, retryAfterSeconds: 0 };
  return { allowed: false, retryAfterSeconds: Math.max(1, windowStartOf(now, windowSeconds) + windowSeconds - now) };
}
