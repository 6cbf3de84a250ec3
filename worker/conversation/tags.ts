import { conversationById } from "../db/conversations.ts";
import { addConversationTag, removeConversationTag } from "../db/taggings.ts";
import { tagById } from "../db/tags.ts";
import type { Tag } from "../db/tagSchema.ts";
import { hubOf } from "../durable/stubs.ts";
import type { Ctx } from "../http/context.ts";

// Tagging a conversation from anywhere (REST, the admin app, a saved reply's actions): the row in
// D1, then the workspace's hub, which pushes the conversation's list row with its new tags to
// every admin. The hub is told after the answer is on its way: a slow hub never delays a tag.

export type TaggingResult = { ok: true; tag: Tag; changed: boolean } | { ok: false; missing: "conversation" | "tag" };

async function lookUp(c: Ctx, workspaceId: number, conversationId: number, tagId: number) {
  const [conversation, tag] = await Promise.all([conversationById(c.db, workspaceId, conversationId), tagById(c.db, workspaceId, tagId)]);
  if (!conversation) return { ok: false, missing: "conversation" } as const;
  if (!tag) return { ok: false, missing: "tag" } as const;
  return { ok: true, tag } as const;
}

function announce(c: Ctx, workspaceId: number, conversationId: number): void {
  c.defer(
    hubOf(c.env, workspaceId)
      .tagsChanged(conversationId)
      .catch((error: unknown) => console.error(JSON.stringify({ level: "error", what: "tagsChanged failed", conversation_id: conversationId, error: String(error) }))),
  );
}

/** Adds the tag (a no-op when it is there already); `adminId` is who applied it, null for automations. */
export async function tagConversation(c: Ctx, workspaceId: number, conversationId: number, tagId: number, adminId: number | null): Promise<TaggingResult> {
  const found = await lookUp(c, workspaceId, conversationId, tagId);
  if (!found.ok) return found;
  const changed = await addConversationTag(c.db, workspaceId, conversationId, tagId, adminId, c.now);
  if (changed) announce(c, workspaceId, conversationId);
  return { ok: true, tag: found.tag, changed };
}

export async function untagConversation(c: Ctx, workspaceId: number, conversationId: number, tagId: number): Promise<TaggingResult> {
  const found = await lookUp(c, workspaceId, conversationId, tagId);
  if (!found.ok) return found;
  const changed = await removeConversationTag(c.db, workspaceId, conversationId, tagId);
  if (changed) announce(c, workspaceId, conversationId);
  return { ok: true, tag: found.tag, changed };
}
