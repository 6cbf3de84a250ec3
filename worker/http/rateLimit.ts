// The public help-center endpoints take no credentials, so each client address gets a budget of
// writes per fixed one-minute window, per workspace. The count includes the current request.

export const HELP_RATE_LIMIT = 60;
export const HELP_RATE_WINDOW_SECONDS = 60;

export function windowStartOf(now: number, windowSeconds = HELP_RATE_WINDOW_SECONDS): number {
  return now - (now % windowSeconds);
}

export interface RateDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

export function decideRate(hits: number, now: number, limit = HELP_RATE_LIMIT, windowSeconds = HELP_RATE_WINDOW_SECONDS): RateDecision {
  if (hits <= limit) return { allowed: true, retryAfterSeconds: 0 };
  return { allowed: false, retryAfterSeconds: Math.max(1, windowStartOf(now, windowSeconds) + windowSeconds - now) };
}
