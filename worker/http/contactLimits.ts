// Budgets per contact for what a visitor's token lets them do over and over (issue 12, item 5).
// A visitor token is cheap to get, so these bound what one contact costs the workspace; the
// number of contacts one address may create is bounded by the new-visitor limit (addressLimit.ts).
import { forgetRateWindowsBefore, hitRateWindow } from "../db/rateWindows.ts";
import { sha256Hex } from "../identity/secrets.ts";
import type { Ctx } from "./context.ts";
import { ApiError } from "./errors.ts";
import { decideRate, LONGEST_WINDOW_SECONDS, windowStartOf } from "./rateLimit.ts";

/** Conversations one contact may start from the messenger in an hour. */
export const CONVERSATIONS_PER_HOUR = 20;
/** Events one contact may record through the messenger in a minute. */
export const EVENTS_PER_MINUTE = 60;
/** The third budget, custom attributes in total, is checked by the merge itself. */
export { MAX_CUSTOM_ATTRIBUTES } from "../db/customAttributes.ts";

export interface ContactLimit {
  scope: string;
  limit: number;
  windowSeconds: number;
  refusal: string;
}

export const NEW_CONVERSATIONS: ContactLimit = {
  scope: "contact-conversations",
  limit: CONVERSATIONS_PER_HOUR,
  windowSeconds: 3600,
  refusal: `A visitor may start at most ${CONVERSATIONS_PER_HOUR} conversations an hour; reply in an existing one or try again later.`,
};

export const MESSENGER_EVENTS: ContactLimit = {
  scope: "contact-events",
  limit: EVENTS_PER_MINUTE,
  windowSeconds: 60,
  refusal: `A visitor may record at most ${EVENTS_PER_MINUTE} events a minute.`,
};

/** Counts one use by this contact and throws a 429 with Retry-After past the limit's budget. */
export async function limitContact(c: Ctx, workspaceId: number, contactId: string, limit: ContactLimit): Promise<void> {
  const start = windowStartOf(c.now, limit.windowSeconds);
  const keyHash = await sha256Hex(`${limit.scope}|${workspaceId}|${start}|${contactId}`);
  const hits = await hitRateWindow(c.db, workspaceId, keyHash, start);
  if (hits === 1) c.defer(forgetRateWindowsBefore(c.db, workspaceId, c.now - LONGEST_WINDOW_SECONDS));
  const decision = decideRate(hits, c.now, limit.limit, limit.windowSeconds);
  if (!decision.allowed) throw new ApiError("rate_limit_exceeded", limit.refusal, { "retry-after": String(decision.retryAfterSeconds) });
}
