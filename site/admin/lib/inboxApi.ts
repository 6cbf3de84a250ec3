import { inboxConversationPage } from "../../../shared/inbox.ts";
import { request } from "./api.ts";
import { DecodeError } from "./decode.ts";
import { viewParams, type ConversationState, type InboxConversation, type InboxView } from "./inbox.ts";

// The inbox's list rows come from one admin endpoint, in the same shape the inbox socket pushes,
// with each contact's name already joined in: a page is one request, whatever its length.
export interface InboxPage {
  conversations: InboxConversation[];
  next: string | null;
}

const LIST = "/admin/api/inbox/conversations";

function parsePage(payload: unknown): InboxPage {
  const result = inboxConversationPage.safeParse(payload);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DecodeError(`${issue?.path.join(".") ?? ""}: ${issue?.message ?? "not an inbox page"}`);
  }
  return { conversations: result.data.conversations, next: result.data.next_cursor };
}

function fetchPage(params: URLSearchParams, signal: AbortSignal): Promise<InboxPage> {
  return request("GET", `${LIST}?${params}`, parsePage, { signal });
}

/** A view's page: the first one, or the one after `cursor`. */
export function fetchView(view: InboxView, state: ConversationState, cursor: string | null, signal: AbortSignal): Promise<InboxPage> {
  const params = viewParams(view, state);
  if (cursor) params.set("cursor", cursor);
  return fetchPage(params, signal);
}

/** Every conversation of one contact, in any state. */
export function fetchContactConversations(contactId: string, signal: AbortSignal): Promise<InboxPage> {
  return fetchPage(new URLSearchParams({ contact_id: contactId }), signal);
}

/** Matches message text, and conversations of contacts whose name or email contains the term. */
export function searchConversations(term: string, signal: AbortSignal): Promise<InboxPage> {
  return fetchPage(new URLSearchParams({ q: term.slice(0, 200) }), signal);
}
