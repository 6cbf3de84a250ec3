import { cleanFileName, MAX_ATTACHMENT_BYTES, reportedType, type Attachment } from "../../shared/attachments.ts";
import { storeFile } from "../durable/attachmentFiles.ts";
import { newKey } from "../durable/attachmentKeys.ts";
import { readBytes } from "../http/body.ts";
import type { Ctx } from "../http/context.ts";
import { ApiError } from "../http/errors.ts";
import { signedUrl, signUploadReceipt } from "../identity/attachmentSig.ts";
import { secretKeyText } from "../identity/secretBox.ts";

// One file uploaded from the messenger or the inbox: the raw bytes as the request body (so the
// browser can report upload progress), the name in `?name=`, the sender's type in Content-Type.
// The answer carries a receipt the next message sends to attach the file, and a signed link to
// preview it before sending.

export interface UploadAnswer extends Attachment {
  /** The upload receipt: a `send` frame's `attachments` or a new conversation's `attachments`. */
  token: string;
}

export async function acceptUpload(c: Ctx, request: Request, prefix: string): Promise<UploadAnswer> {
  const url = new URL(request.url);
  const bytes = await readBytes(request, MAX_ATTACHMENT_BYTES).catch((error: unknown) => {
    throw error instanceof ApiError && error.code === "request_too_large" ? new ApiError("request_too_large", `Files are limited to ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.`) : error;
  });
  if (bytes.byteLength === 0) throw new ApiError("parameter_invalid", "The file is empty.");
  const key = newKey(prefix);
  const name = cleanFileName(url.searchParams.get("name"));
  const stored = await storeFile(c.env, { key, name, contentType: reportedType(bytes, request.headers.get("content-type")), bytes });
  const secret = secretKeyText(c.env);
  const token = await signUploadReceipt(secret, { key, name, content_type: stored.content_type, filesize: stored.filesize });
  return { ...stored, url: new URL(await signedUrl(secret, stored.url, c.now), url.origin).href, token };
}
