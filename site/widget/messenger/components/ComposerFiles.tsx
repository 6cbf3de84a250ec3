import { useRef } from "preact/hooks";
import { formatSize } from "../../../../shared/attachments.ts";
import { format } from "../../../../shared/i18n/language.ts";
import { useLanguage } from "../lib/language.ts";
import { useUploads, type StartUpload, type UploadItem } from "../lib/useUploads.ts";

// Files in a composer, for the messenger and the inbox alike: a paperclip button, paste and
// drag-and-drop, and a tray of the chosen files with their upload progress.

function filesOf(list: FileList | null | undefined): File[] {
  return list ? Array.from(list) : [];
}

function Tray({ items, onRemove }: { items: UploadItem[]; onRemove: (id: number) => void }) {
  const { t } = useLanguage();
  if (items.length === 0) return null;
  return (
    <ul class="upt" aria-label={t.filesToSend}>
      {items.map((item) => (
        <li key={item.id} class={item.error ? "upe" : undefined}>
          <span class="upn">{item.name}</span> <span class="ups">{formatSize(item.size)}</span>
          {!item.upload && !item.error && <progress max={1} value={item.progress} aria-label={format(t.uploadingFile, { name: item.name })} />}
          {item.error && <span role="alert">{item.error}</span>}
          <button type="button" class="upx" aria-label={format(t.removeFile, { name: item.name })} onClick={() => onRemove(item.id)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Everything a composer needs for files; without `start` it offers none. */
export function useComposerFiles(start: StartUpload | undefined) {
  const { t } = useLanguage();
  const uploads = useUploads(start);
  const input = useRef<HTMLInputElement>(null);
  const enabled = start !== undefined;
  return {
    ...uploads,
    button: enabled ? (
      <>
        <button type="button" class="upb" aria-label={t.attachFiles} title={t.attachFilesHint} onClick={() => input.current?.click()}>
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
            <path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M21 11.5l-8.6 8.6a5 5 0 0 1-7-7L14 4.5a3.3 3.3 0 0 1 4.7 4.7l-8.6 8.6a1.7 1.7 0 0 1-2.4-2.4l7.9-7.9" />
          </svg>
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          onChange={(e) => {
            uploads.add(filesOf(e.currentTarget.files));
            e.currentTarget.value = "";
          }}
        />
      </>
    ) : null,
    tray: <Tray items={uploads.items} onRemove={uploads.remove} />,
    fieldProps: enabled
      ? {
          onPaste: (e: ClipboardEvent) => {
            const files = filesOf(e.clipboardData?.files);
            if (files.length === 0) return;
            e.preventDefault();
            uploads.add(files);
          },
        }
      : {},
    dropProps: enabled
      ? {
          onDragOver: (e: DragEvent) => {
            if (e.dataTransfer?.types.includes("Files")) e.preventDefault();
          },
          onDrop: (e: DragEvent) => {
            const files = filesOf(e.dataTransfer?.files);
            if (files.length === 0) return;
            e.preventDefault();
            uploads.add(files);
          },
        }
      : {},
  };
}
