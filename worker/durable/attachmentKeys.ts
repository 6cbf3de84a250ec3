import type { Attachment } from "../../shared/attachments.ts";

// Where attachments live in R2 and the paths that serve them. A key names its workspace and its
// owner: a conversation (`c<id>`), or, for a visitor's file sent before its conversation exists,
// the contact (`p<id>`). Erasing a conversation or a contact deletes everything under its prefix.

const KEY = /^[0-9]{1,15}\/(?:c[0-9]{1,15}|p[0-9a-f]{24})\/[0-9a-f]{32}$/;
const PATH = /^\/attachments\/([0-9]{1,15}\/(?:c[0-9]{1,15}|p[0-9a-f]{24})\/[0-9a-f]{32})\/[^/]+$/;

export const conversationPrefix = (workspaceId: number, conversationId: number): string => `${workspaceId}/c${conversationId}/`;
export const contactPrefix = (workspaceId: number, contactId: string): string => `${workspaceId}/p${contactId}/`;

export function newKey(prefix: string): string {
  const id = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${prefix}${id}`;
}

export function isAttachmentKey(key: string): boolean {
  return KEY.test(key);
}

/** The unsigned path a part stores; the name is part of it so a saved file keeps its name. */
export function pathOf(key: string, name: string): string {
  return `/attachments/${key}/${encodeURIComponent(name)}`;
}

/** The R2 key a served path names, or null for anything that is not one of ours. */
export function keyOfPath(path: string): string | null {
  return PATH.exec(path)?.[1] ?? null;
}

export interface AttachScope {
  workspaceId: number;
  conversationId: number;
  contactId: string;
}

/**
 * Whether a part in this conversation may carry the file under `key`: files uploaded into it, and
 * the contact's own files sent before the conversation existed, in the contact's own messages.
 */
export function mayAttach(key: string, scope: AttachScope, author: "user" | "admin" | "bot"): boolean {
  if (!isAttachmentKey(key)) return false;
  if (key.startsWith(conversationPrefix(scope.workspaceId, scope.conversationId))) return true;
  return author === "user" && key.startsWith(contactPrefix(scope.workspaceId, scope.contactId));
}

/** The R2 keys of the stored files among a part's attachments (kept links have none). */
export function keysOf(attachments: readonly Attachment[] | undefined): string[] {
  return (attachments ?? []).flatMap((a) => {
    const key = keyOfPath(a.url);
    return key ? [key] : [];
  });
}
