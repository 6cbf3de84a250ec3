import type { Messages } from "../../../../shared/i18n/messages.ts";
import type { Core } from "../../loader/types.ts";
import { uploadFile } from "./upload.ts";
import type { StartUpload } from "./useUploads.ts";

/** The messenger's HTTP address on Parley (`…/messenger/{app_id}`): files' paths resolve against it. */
export function messengerBase(core: Core): string {
  return core.socketUrl("").replace(/^ws/, "http");
}

/** A visitor's files: into the conversation when it exists, else into the visitor's own space until the first message. */
export function visitorUploader(core: Core, t: Messages, conversationId?: string): StartUpload {
  const query = conversationId ? `?conversation_id=${encodeURIComponent(conversationId)}` : "";
  return (file, onProgress) => uploadFile(`${messengerBase(core)}/attachments${query}`, file, { authorization: `Bearer ${core.session()?.token ?? ""}` }, onProgress, t);
}
