import { uploadFile } from "../../widget/messenger/lib/upload.ts";
import type { StartUpload } from "../../widget/messenger/lib/useUploads.ts";

/** A teammate's files go into the conversation they are answering; the session cookie goes along. */
export function adminUploader(conversationId: string): StartUpload {
  return (file, onProgress) => uploadFile(`/admin/api/conversations/${encodeURIComponent(conversationId)}/attachments`, file, {}, onProgress);
}
