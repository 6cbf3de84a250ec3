import type { InboxConversation } from "../../../shared/inbox.ts";
import { contactName } from "../../../shared/contactName.ts";
import { toPlainText } from "../../../shared/markdown/text.ts";

// The inbox's views and filters as pure data, so the list endpoint's query and the live socket's
// changes agree on what "Mine" or "Sales, snoozed" contains.
export type { InboxConversation };
export type ConversationState = InboxConversation["state"];
export const STATES: readonly ConversationState[] = ["open", "snoozed", "closed"];

export type InboxView = { kind: "mine" } | { kind: "unassigned" } | { kind: "all" } | { kind: "team"; teamId: string } | { kind: "tag"; tagId: string };

export function viewKey(view: InboxView): string {
  if (view.kind === "tag") return `tag-${view.tagId}`;
  return view.kind === "team" ? `team-${view.teamId}` : view.kind;
}

export function parseViewKey(key: string | undefined): InboxView {
  if (key === "mine" || key === "unassigned" || key === "all") return { kind: key };
  const tag = /^tag-([1-9][0-9]{0,15})$/.exec(key ?? "");
  if (tag?.[1]) return { kind: "tag", tagId: tag[1] };
  const team = /^team-([0-9a-zA-Z_-]{1,40})$/.exec(key ?? "");
  return team?.[1] ? { kind: "team", teamId: team[1] } : { kind: "all" };
}

export function parseState(value: string | undefined): ConversationState {
  return STATES.find((state) => state === value) ?? "open";
}

export function matchesView(conversation: InboxConversation, view: InboxView, state: ConversationState, me: string): boolean {
  // Outbound messages join the team's views when the contact replies, as the list endpoint does.
  if (conversation.state !== state || conversation.awaiting_contact === true) return false;
  switch (view.kind) {
    case "all":
      return true;
    case "mine":
      return conversation.admin_assignee_id === me;
    case "unassigned":
      return conversation.admin_assignee_id === null;
    case "team":
      return conversation.team_assignee_id === view.teamId;
    case "tag":
      return conversation.tags?.some((t) => t.id === view.tagId) ?? false;
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
 * Rows of a fetched page merged into the list: a row the list already holds stays as it is when
 * it is newer (a live change overtook the fetch), and is replaced otherwise.
 */
export function mergePage(list: readonly InboxConversation[], page: readonly InboxConversation[]): InboxConversation[] {
  const held = new Map(list.map((c) => [c.id, c]));
  for (const row of page) {
    const current = held.get(row.id);
    if (!current || row.last_part_at >= current.last_part_at) held.set(row.id, row);
  }
  return [...held.values()].sort(byActivity);
}

/** The list endpoint's query for a view; the server filters, the signed-in admin is "mine". */
export function viewParams(view: InboxView, state: ConversationState): URLSearchParams {
  // A tag view is every conversation carrying the tag, whoever it is assigned to.
  const params = new URLSearchParams({ view: view.kind === "tag" ? "all" : view.kind, state });
  if (view.kind === "team") params.set("team_id", view.teamId);
  if (view.kind === "tag") params.set("tag_id", view.tagId);
  return params;
}

/** The same name as on the contacts page and everywhere else: shared/contactName. */
export function contactLabel(contact: InboxConversation["contact"]): string {
  return contactName(contact);
}

/** Markdown source as the words it stands for: no asterisks, backticks or link targets. */
export function previewText(text: string): string {
  return toPlainText(text);
}
