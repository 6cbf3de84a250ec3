import type { TagRef } from "../../shared/tags.ts";
import type { Tag } from "../db/tagSchema.ts";

// Intercom's tag shapes. A contact lists its tags as an addressable list, a conversation as a
// "tag.list", as Intercom 2.14 does.

export function tagView(tag: Tag) {
  return { type: "tag" as const, id: String(tag.id), name: tag.name };
}

export function tagListView(list: readonly Tag[]) {
  return { type: "list" as const, data: list.map(tagView) };
}

export function contactTagsView(contactId: string, list: readonly Tag[]) {
  return { type: "list" as const, data: list.map(tagView), url: `/contacts/${contactId}/tags`, total_count: list.length, has_more: false };
}

export function conversationTagsView(list: readonly Tag[]) {
  return { type: "tag.list" as const, tags: list.map(tagView) };
}

/** The small form the inbox rows carry. */
export function tagRefs(list: readonly Tag[]): TagRef[] {
  return list.map((t) => ({ id: String(t.id), name: t.name }));
}
