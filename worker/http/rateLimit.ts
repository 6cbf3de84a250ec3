// A budget of hits per fixed window, per workspace: for each client address on endpoints without
// credentials (addressLimit.ts) and for each contact (contactLimits.ts). The count includes the
// current request.

export const RATE_WINDOW_SECONDS = 60;
/** Windows of every limit sharing the table (contactLimits.ts has hourly ones): older rows are dead. */
export const LONGEST_WINDOW_SECONDS = 3600;

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
