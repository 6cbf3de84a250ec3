import { servedType, type Attachment } from "../../shared/attachments.ts";
import type { Env } from "../env.ts";
import { pathOf } from "./attachmentKeys.ts";

// The one module that speaks to the FILES bucket. Each object keeps the type it will be served
// with (decided from its bytes when it was stored) and the name it was uploaded under.

export interface StoredFile {
  key: string;
  name: string;
  /** What the part reports (shared/attachments.ts reportedType). */
  contentType: string;
  bytes: Uint8Array;
}

export async function storeFile(env: Env, file: StoredFile): Promise<Attachment> {
  await env.FILES.put(file.key, file.bytes, {
    httpMetadata: { contentType: servedType(file.bytes) },
    customMetadata: { name: file.name, reported: file.contentType },
  });
  return { type: "upload", name: file.name, url: pathOf(file.key, file.name), content_type: file.contentType, filesize: file.bytes.byteLength };
}

export function readFile(env: Env, key: string): Promise<R2ObjectBody | null> {
  return env.FILES.get(key);
}

export async function deleteFiles(env: Env, keys: readonly string[]): Promise<void> {
  for (let i = 0; i < keys.length; i += 1000) await env.FILES.delete(keys.slice(i, i + 1000));
}

/** Every object under a prefix: a conversation's or a contact's files. */
export async function deleteFilesUnder(env: Env, prefix: string): Promise<void> {
  let cursor: string | undefined;
  for (;;) {
    const page = await env.FILES.list({ prefix, cursor, limit: 1000 });
    await deleteFiles(env, page.objects.map((o) => o.key));
    if (!page.truncated) return;
    cursor = page.cursor;
  }
}
