import { unknownPlaceholders } from "../../../shared/savedReplies/placeholders.ts";
import type { SavedReply, SavedReplyAction, SavedReplyInput } from "../../../shared/savedReplies/savedReply.ts";

// The saved-reply form's fields and the reply they make: one checkbox, one assignee menu
// ("admin:3", "team:4" or ""), one tag name.
export interface ReplyDraft {
  name: string;
  body: string;
  close: boolean;
  assignee: string;
  tag: string;
}

export const EMPTY_DRAFT: ReplyDraft = { name: "", body: "", close: false, assignee: "", tag: "" };

export function draftOf(reply: SavedReply): ReplyDraft {
  const draft = { ...EMPTY_DRAFT, name: reply.name, body: reply.body };
  for (const action of reply.actions) {
    if (action.type === "close") draft.close = true;
    if (action.type === "assign") draft.assignee = `${action.assignee_type}:${action.assignee_id}`;
    if (action.type === "tag") draft.tag = action.name;
  }
  return draft;
}

/** The reply to save, or what to fix first. */
export function inputOf(draft: ReplyDraft): { ok: true; input: SavedReplyInput } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  if (draft.name.trim() === "") problems.push("Give the reply a name to find it by.");
  if (draft.body.trim() === "") problems.push("Write the reply's text.");
  const unknown = unknownPlaceholders(draft.body);
  if (unknown.length > 0) problems.push(`Unknown placeholder: ${unknown.map((n) => `{{${n}}}`).join(", ")}.`);
  if (problems.length > 0) return { ok: false, problems };
  const actions: SavedReplyAction[] = [];
  if (draft.tag.trim()) actions.push({ type: "tag", name: draft.tag.trim() });
  const [type, id] = draft.assignee.split(":");
  if ((type === "admin" || type === "team") && id) actions.push({ type: "assign", assignee_type: type, assignee_id: id });
  if (draft.close) actions.push({ type: "close" });
  return { ok: true, input: { name: draft.name.trim(), body: draft.body.trim(), actions } };
}
