// The one counting rate limiter: a budget of hits per fixed window, per workspace and subject (a
// client address, a contact), kept in D1's rate_windows. addressLimit.ts and contactLimits.ts only
// say whose budget it is.
import { forgetRateWindowsBefore, hitRateWindow } from "../db/rateWindows.ts";
import { sha256Hex } from "../identity/secrets.ts";
import type { Ctx } from "./context.ts";
import { ApiError } from "./errors.ts";
import { decideRate, LONGEST_WINDOW_SECONDS, windowStartOf } from "./rateLimit.ts";

export interface WindowLimit {
  /** Keeps the budgets of different endpoints apart in the one table. */
  scope: string;
  limit: number;
  windowSeconds: number;
  refusal: string;
}

/** Counts one use by `subject` and throws a 429 with Retry-After past the budget. */
export async function limitWindow(c: Ctx, workspaceId: number, subject: string, limit: WindowLimit): Promise<void> {
  const start = windowStartOf(c.now, limit.windowSeconds);
  // The subject is hashed with the window, so a stored key cannot be matched across windows.
  const keyHash = await sha256Hex(`${limit.scope}|${workspaceId}|${start}|${subject}`);
  const hits = await hitRateWindow(c.db, workspaceId, keyHash, start);
  // Not `start`: windows of every length live in the same table.
  if (hits === 1) c.defer(forgetRateWindowsBefore(c.db, workspaceId, c.now - LONGEST_WINDOW_SECONDS));
  const decision = decideRate(hits, c.now, limit.limit, limit.windowSeconds);
  if (!decision.allowed) throw new ApiError("rate_limit_exceeded", limit.refusal, { "retry-after": String(decision.retryAfterSeconds) });
}
