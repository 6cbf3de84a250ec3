import type { TagRef } from "../../../shared/tags.ts";
import { request, send } from "./api.ts";
import { fields, type Fields } from "./decode.ts";

// Tags in the admin app: tagging goes through the same REST endpoints an API client uses (so both
// leave the same rows and the hub pushes the same live rows); the tags screen has its own endpoints.
export type { TagRef };

export const tagOf = (f: Fields): TagRef => ({ id: f.id("id"), name: f.str("name") });

/** Dispatched on window after this tab changes the set of tags, so every tag picker reads them again. */
export const TAGS_CHANGED = "parley:tags-changed";
const announce = <T>(result: T): T => {
  window.dispatchEvent(new Event(TAGS_CHANGED));
  return result;
};

export function fetchTags(signal: AbortSignal): Promise<TagRef[]> {
  return request("GET", "/api/tags", (payload) => fields(payload).list("data", tagOf), { signal });
}

/** The tag of that name, created if need be (the API returns an existing tag rather than a copy). */
export function ensureTag(name: string): Promise<TagRef> {
  return request("POST", "/api/tags", (payload) => tagOf(fields(payload)), { body: { name } }).then(announce);
}

const conversationPath = (id: string) => `/api/conversations/${encodeURIComponent(id)}/tags`;
const contactPath = (id: string) => `/api/contacts/${encodeURIComponent(id)}/tags`;

export function tagConversation(conversationId: string, tagId: string, adminId: string): Promise<void> {
  return send("POST", conversationPath(conversationId), { body: { id: tagId, admin_id: adminId } });
}

export function untagConversation(conversationId: string, tagId: string, adminId: string): Promise<void> {
  return send("DELETE", `${conversationPath(conversationId)}/${encodeURIComponent(tagId)}`, { body: { admin_id: adminId } });
}

export function fetchContactTags(contactId: string, signal: AbortSignal): Promise<TagRef[]> {
  return request("GET", `/api/contacts/${encodeURIComponent(contactId)}`, (payload) => fields(payload).obj("tags").list("data", tagOf), { signal });
}

export function tagContact(contactId: string, tagId: string): Promise<void> {
  return send("POST", contactPath(contactId), { body: { id: tagId } });
}

export function untagContact(contactId: string, tagId: string): Promise<void> {
  return send("DELETE", `${contactPath(contactId)}/${encodeURIComponent(tagId)}`);
}

export interface TagUsage extends TagRef {
  contacts: number;
  conversations: number;
}

export function fetchTagUsage(signal: AbortSignal): Promise<TagUsage[]> {
  return request("GET", "/admin/api/tags", (payload) => fields(payload).list("tags", (f) => ({ ...tagOf(f), contacts: f.num("contacts"), conversations: f.num("conversations") })), { signal });
}

export function renameTag(id: string, name: string): Promise<TagRef> {
  return request("PATCH", `/admin/api/tags/${encodeURIComponent(id)}`, (payload) => tagOf(fields(payload)), { body: { name } }).then(announce);
}

export function deleteTag(id: string): Promise<void> {
  return send("DELETE", `/admin/api/tags/${encodeURIComponent(id)}`).then(announce);
}
