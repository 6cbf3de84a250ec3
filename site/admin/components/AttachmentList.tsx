import type { Attachment } from "../../../shared/attachments.ts";
import { AttachmentList as Files } from "../../widget/messenger/components/AttachmentList.tsx";
import { ATTACHMENT_STYLES } from "../../widget/messenger/lib/attachmentStyles.ts";

// The inbox shows files exactly as the messenger does (same component, same CSS); admin.css maps
// the messenger's color variables onto the admin app's.
export function AttachmentList({ list }: { list: readonly Attachment[] | undefined }) {
  return list?.length ? <Files list={list} /> : null;
}

/** Rendered once per conversation view: the messenger's attachment CSS, in the admin app's document. */
export function AttachmentStyles() {
  return <style>{ATTACHMENT_STYLES}</style>;
}
