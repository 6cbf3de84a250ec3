import type { TagRef } from "../../shared/tags.ts";
import type { Db } from "./client.ts";
import { inboxRowsOf } from "./conversations.ts";
import { tagsOfConversations } from "./taggings.ts";

// The hub's row bases with each conversation's tags, so every live row carries them: two queries
// for a whole batch of conversations, however many there are.
export async function taggedInboxRowsOf(db: Db, workspaceId: number, ids: number[]) {
  const [rows, tagged] = await Promise.all([inboxRowsOf(db, workspaceId, ids), tagsOfConversations(db, workspaceId, ids)]);
  return rows.map((row) => ({ ...row, tags: (tagged.get(row.conversation.id) ?? []).map((t): TagRef => ({ id: String(t.id), name: t.name })) }));
}
