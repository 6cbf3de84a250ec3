import { z } from "zod";
import { cleanFileName, MAX_ATTACHMENTS, nameOfLink, reportedType, type Attachment } from "../../shared/attachments.ts";
import { storeFile } from "../durable/attachmentFiles.ts";
import { conversationPrefix, newKey } from "../durable/attachmentKeys.ts";
import type { Ctx } from "../http/context.ts";
import { decodeFile } from "./replyFiles.ts";

// `attachment_urls` and `attachment_files` on POST /conversations/{id}/reply (CONTRACT §7): links
// are kept as they are; files are decoded, stored in the conversation's space and carried by the
// part like any upload.

export const replyAttachmentFields = {
  attachment_urls: z
    .array(z.string().max(2048).regex(/^https?:\/\/[^\s]+$/i, "must be an http(s) URL"))
    .max(MAX_ATTACHMENTS, `at most ${MAX_ATTACHMENTS} URLs`)
    .optional(),
  attachment_files: z
    .array(z.object({ content_type: z.string().max(255).optional(), data: z.string(), name: z.string().max(1024) }))
    .max(MAX_ATTACHMENTS, `at most ${MAX_ATTACHMENTS} files`)
    .optional(),
};

type ReplyFiles = { attachment_urls?: string[] | undefined; attachment_files?: { content_type?: string | undefined; data: string; name: string }[] | undefined };

/** The attachments a reply asks for, its files stored first (all checked before any is stored). */
export async function replyAttachments(c: Ctx, workspaceId: number, conversationId: number, body: ReplyFiles): Promise<Attachment[]> {
  const links: Attachment[] = (body.attachment_urls ?? []).map((url) => ({ type: "upload", name: nameOfLink(url), url, content_type: "application/octet-stream", filesize: 0 }));
  const decoded = (body.attachment_files ?? []).map((f) => ({ name: cleanFileName(f.name), declared: f.content_type, bytes: decodeFile(f.data, cleanFileName(f.name)) }));
  const files = await Promise.all(
    decoded.map((f) => storeFile(c.env, { key: newKey(conversationPrefix(workspaceId, conversationId)), name: f.name, contentType: reportedType(f.bytes, f.declared), bytes: f.bytes })),
  );
  return [...files, ...links];
}
