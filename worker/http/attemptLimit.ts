// Attempts counted before the work they guard (a password check), so parallel guesses cannot all
// pass a check that reads the count first and writes it after. The times include this attempt.

export interface AttemptDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

export function decideAttempts(times: readonly number[], now: number, max: number, windowSeconds: number): AttemptDecision {
  const recent = times.filter((t) => t > now - windowSeconds).sort((a, b) => a - b);
  if (recent.length <= max) return { allowed: true, retryAfterSeconds: 0 };
  // Allowed again once enough of the oldest attempts have left the window.
  const unlockAt = (recent[recent.length - max] ?? now) + windowSeconds;
  return { allowed: false, retryAfterSeconds: Math.max(1, unlockAt - now) };
}
