import { useComposerFiles } from "../../widget/messenger/components/ComposerFiles.tsx";

// The inbox composer's files: the messenger's paperclip, paste, drop and upload tray
// (site/widget/messenger/components/ComposerFiles.tsx), wired to the admin upload endpoint by the
// caller's `upload` (lib/adminUpload.ts).
export type { StartUpload } from "../../widget/messenger/lib/useUploads.ts";

export const useAttachments = useComposerFiles;

export function AttachmentButton({ files }: { files: ReturnType<typeof useComposerFiles> }) {
  return files.button;
}
