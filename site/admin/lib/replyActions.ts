import { actionsInRunOrder, type SavedReplyAction } from "../../../shared/savedReplies/savedReply.ts";
import { request } from "./api.ts";
import { act, type Action, type ConversationDetail } from "./conversations.ts";
import { fields } from "./decode.ts";

// A saved reply's actions, run after its message is stored: the same REST calls an API client
// would make (a tag by name through POST /tags, which returns the existing tag of that name).

export function describeAction(action: SavedReplyAction, names: { admin: (id: string) => string | null; team: (id: string) => string | null }): string {
  switch (action.type) {
    case "close":
      return "Close the conversation";
    case "assign": {
      const name = action.assignee_type === "admin" ? names.admin(action.assignee_id) : names.team(action.assignee_id);
      return `Assign to ${name ?? `${action.assignee_type} #${action.assignee_id}`}`;
    }
    case "tag":
      return `Tag “${action.name}”`;
  }
}

async function tagByName(conversationId: string, adminId: string, name: string): Promise<void> {
  const tag = await request("POST", "/api/tags", (p) => fields(p).id("id"), { body: { name } });
  await request("POST", `/api/conversations/${encodeURIComponent(conversationId)}/tags`, () => null, { body: { id: tag, admin_id: adminId } });
}

function asPart(action: SavedReplyAction): Action | null {
  if (action.type === "close") return { kind: "close" };
  if (action.type === "assign") return { kind: "assign", to: action.assignee_type, id: action.assignee_id };
  return null;
}

/** Runs the actions in order (tag, assign, close); resolves with the conversation after the last part, if any. */
export async function runReplyActions(conversationId: string, adminId: string, actions: readonly SavedReplyAction[]): Promise<ConversationDetail | null> {
  let detail: ConversationDetail | null = null;
  for (const action of actionsInRunOrder(actions)) {
    const part = asPart(action);
    if (part) detail = await act(conversationId, adminId, part);
    else if (action.type === "tag") await tagByName(conversationId, adminId, action.name);
  }
  return detail;
}
