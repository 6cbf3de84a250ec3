// The one rate limiter for endpoints without credentials (help-center feedback, new messenger
// visitors): counts the request in D1 and refuses it past the scope's budget for this window.
import type { IRequest } from "itty-router";
import { forgetRateWindowsBefore, hitRateWindow } from "../db/rateWindows.ts";
import { sha256Hex } from "../identity/secrets.ts";
import type { Ctx } from "./context.ts";
import { ApiError } from "./errors.ts";
import { clientAddress } from "./clientAddress.ts";
import { decideRate, LONGEST_WINDOW_SECONDS, windowStartOf } from "./rateLimit.ts";

export interface AddressLimit {
  /** Keeps the budgets of different endpoints apart in the one table. */
  scope: string;
  perMinute: number;
  refusal: string;
}

export async function limitAddress(request: IRequest, c: Ctx, workspaceId: number, limit: AddressLimit): Promise<void> {
  const start = windowStartOf(c.now);
  // The address is hashed with the window, so a stored key cannot be matched across minutes.
  const address = clientAddress(request.headers, c.env);
  const keyHash = await sha256Hex(`${limit.scope}|${workspaceId}|${start}|${address}`);
  const hits = await hitRateWindow(c.db, workspaceId, keyHash, start);
  // Not `start`: hourly windows of contactLimits.ts live in the same table.
  if (hits === 1) c.defer(forgetRateWindowsBefore(c.db, workspaceId, c.now - LONGEST_WINDOW_SECONDS));
  const decision = decideRate(hits, c.now, limit.perMinute);
  if (!decision.allowed) throw new ApiError("rate_limit_exceeded", limit.refusal, { "retry-after": String(decision.retryAfterSeconds) });
}
