import type { InboxConversation } from "../../../shared/inbox.ts";
import { tokenize } from "../../widget/messenger/lib/markdown.ts";

// The inbox's views and filters as pure data, so the list screen, the live socket and the
// search requests all agree on what "Mine" or "Sales, snoozed" contains.
export type { InboxConversation };
export type ConversationState = InboxConversation["state"];
export const STATES: readonly ConversationState[] = ["open", "snoozed", "closed"];

export type InboxView = { kind: "mine" } | { kind: "unassigned" } | { kind: "all" } | { kind: "team"; teamId: string };

export function viewKey(view: InboxView): string {
  return view.kind === "team" ? `team-${view.teamId}` : view.kind;
}

export function parseViewKey(key: string | undefined): InboxView {
  if (key === "mine" || key === "unassigned" || key === "all") return { kind: key };
  const team = /^team-([0-9a-zA-Z_-]{1,40})$/.exec(key ?? "");
  return team?.[1] ? { kind: "team", teamId: team[1] } : { kind: "all" };
}

export function parseState(value: string | undefined): ConversationState {
  return STATES.find((state) => state === value) ?? "open";
}

export function matchesView(conversation: InboxConversation, view: InboxView, state: ConversationState, me: string): boolean {
  if (conversation.state !== state) return false;
  switch (view.kind) {
    case "all":
      return true;
    case "mine":
      return conversation.admin_assignee_id === me;
    case "unassigned":
      return conversation.admin_assignee_id === null;
    case "team":
      return conversation.team_assignee_id === view.teamId;
  }
}

/** Newest activity first; ids break ties so the order never flickers between renders. */
export function byActivity(a: InboxConversation, b: InboxConversation): number {
  return b.last_part_at - a.last_part_at || Number(b.id) - Number(a.id) || b.id.localeCompare(a.id);
}

/**
 * Applies one live change to a view's list: replaces or inserts the conversation when it
 * belongs to the view, drops it when it no longer does (reassigned, closed…).
 */
export function applyChange(
  list: readonly InboxConversation[],
  changed: InboxConversation,
  belongs: (conversation: InboxConversation) => boolean,
): InboxConversation[] {
  const rest = list.filter((c) => c.id !== changed.id);
  return belongs(changed) ? [...rest, changed].sort(byActivity) : rest;
}

/**
 * The server-side part of a view, in the conversation search language. "Unassigned" cannot be
 * expressed (the search has no IS NULL), so that view narrows by state only and `matchesView`
 * finishes the job on the client.
 */
export function viewQuery(view: InboxView, state: ConversationState, me: string): unknown {
  const byState = { field: "state", operator: "=", value: state };
  if (view.kind === "mine") return { operator: "AND", value: [byState, { field: "admin_assignee_id", operator: "=", value: me }] };
  if (view.kind === "team") return { operator: "AND", value: [byState, { field: "team_assignee_id", operator: "=", value: view.teamId }] };
  return byState;
}

/** Search by message text, and by contact when the term matched some contacts. */
export function searchQuery(term: string, contactIds: readonly string[]): unknown {
  const byText = { field: "source.body", operator: "~", value: term };
  if (contactIds.length === 0) return byText;
  return { operator: "OR", value: [byText, { field: "contact_ids", operator: "IN", value: contactIds.slice(0, 50) }] };
}

export function contactLabel(contact: InboxConversation["contact"]): string {
  return contact.name ?? contact.email ?? (contact.role === "lead" ? "Visitor" : "User");
}

/** Markdown source as the words it stands for: no asterisks, backticks or link targets. */
export function previewText(text: string): string {
  return tokenize(text)
    .map((t) => (t.kind === "break" ? " " : t.text))
    .join("")
    .trim();
}
