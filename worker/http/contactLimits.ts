// Budgets per contact for what a visitor's token lets them do over and over (issue 12, item 5).
// A visitor token is cheap to get, so these bound what one contact costs the workspace; the
// number of contacts one address may create is bounded by the new-visitor limit (addressLimit.ts).
import type { Ctx } from "./context.ts";
import { limitWindow, type WindowLimit } from "./windowLimit.ts";

/** Conversations one contact may start from the messenger in an hour. */
export const CONVERSATIONS_PER_HOUR = 20;
/** Events one contact may record through the messenger in a minute. */
export const EVENTS_PER_MINUTE = 60;
/** The third budget, custom attributes in total, is checked by the merge itself. */
export { MAX_CUSTOM_ATTRIBUTES } from "../db/customAttributes.ts";

export type ContactLimit = WindowLimit;

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
  await limitWindow(c, workspaceId, contactId, limit);
}
