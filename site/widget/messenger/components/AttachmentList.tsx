import { useEffect, useRef, useState } from "preact/hooks";
import { formatSize, isImageType, type Attachment } from "../../../../shared/attachments.ts";
import { format } from "../../../../shared/i18n/language.ts";
import { useLanguage } from "../lib/language.ts";

// A message's files: images previewed inline (a button that enlarges them in a modal dialog),
// other files and kept links as named links. A file's URL may be a path on Parley's origin,
// resolved against `base` (the messenger runs on other sites).

function Enlarged({ file, src, onClose }: { file: Attachment; src: string; onClose: () => void }) {
  const { t } = useLanguage();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      class="atd"
      aria-label={file.name}
      onClose={onClose}
      // A click on the backdrop lands on the dialog itself.
      onClick={(e) => {
        if (e.target === e.currentTarget) e.currentTarget.close();
      }}
    >
      <img src={src} alt={file.name} />
      <button type="button" class="atx" onClick={() => dialog.current?.close()}>
        {t.close}
      </button>
    </dialog>
  );
}

export function AttachmentList({ list, base }: { list: readonly Attachment[]; base?: string }) {
  const { t } = useLanguage();
  const [open, setOpen] = useState<number | null>(null);
  if (list.length === 0) return null;
  const href = (a: Attachment) => (base ? new URL(a.url, base).href : a.url);
  const opened = open === null ? undefined : list[open];
  return (
    <ul class="atl">
      {list.map((a, i) => {
        const stored = a.filesize > 0;
        if (stored && isImageType(a.content_type)) {
          return (
            <li key={i}>
              <button type="button" class="ati" aria-label={format(t.enlargeImage, { name: a.name })} onClick={() => setOpen(i)}>
                <img src={href(a)} alt={a.name} loading="lazy" />
              </button>
            </li>
          );
        }
        return (
          <li key={i}>
            <a class="atf" href={href(a)} {...(stored ? { download: a.name } : { target: "_blank", rel: "noopener noreferrer nofollow" })}>
              <span aria-hidden="true">📎 </span>
              {a.name}
              {stored && <span class="ats"> ({formatSize(a.filesize)})</span>}
            </a>
          </li>
        );
      })}
      {opened && <Enlarged file={opened} src={href(opened)} onClose={() => setOpen(null)} />}
    </ul>
  );
}
