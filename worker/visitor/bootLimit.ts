import type { IRequest } from "itty-router";
import { forgetRateWindowsBefore, hitRateWindow } from "../db/helpRate.ts";
import type { Ctx } from "../http/context.ts";
import { ApiError } from "../http/errors.ts";
import { sha256Hex } from "../identity/secrets.ts";
import { decideRate, windowStartOf } from "../help/rateLimit.ts";

/** New anonymous visitors create contacts: each client address may start 30 a minute per workspace. */
export const NEW_VISITORS_PER_MINUTE = 30;

/** Load tests raise it with the NEW_VISITORS_PER_MINUTE var; nothing else should. */
function limitOf(c: Ctx): number {
  const configured = Number(c.env.NEW_VISITORS_PER_MINUTE);
  return Number.isInteger(configured) && configured > 0 ? configured : NEW_VISITORS_PER_MINUTE;
}

export async function limitNewVisitors(request: IRequest, c: Ctx, workspaceId: number): Promise<void> {
  const start = windowStartOf(c.now);
  const address = request.headers.get("cf-connecting-ip") ?? "unknown";
  const keyHash = await sha256Hex(`boot-rate|${workspaceId}|${start}|${address}`);
  const hits = await hitRateWindow(c.db, workspaceId, keyHash, start);
  if (hits === 1) c.defer(forgetRateWindowsBefore(c.db, workspaceId, start));
  const decision = decideRate(hits, c.now, limitOf(c));
  if (!decision.allowed) {
    throw new ApiError("rate_limit_exceeded", "Too many new visitors from this address; try again in a minute.", { "retry-after": String(decision.retryAfterSeconds) });
  }
}
