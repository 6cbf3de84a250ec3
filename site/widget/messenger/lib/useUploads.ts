import { useRef, useState } from "preact/hooks";
import { cleanFileName, fileProblem, formatSize, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, type Upload } from "../../../../shared/attachments.ts";
import { format } from "../../../../shared/i18n/language.ts";
import { useLanguage } from "./language.ts";
import type { UploadTask } from "./upload.ts";

// The files a composer holds before sending: each uploads at once, with its progress; a file over
// the limit is refused before a byte is sent, with a sentence that says why.

export interface UploadItem {
  id: number;
  name: string;
  size: number;
  progress: number;
  upload: Upload | null;
  error: string | null;
}

export type StartUpload = (file: File, onProgress: (fraction: number) => void) => UploadTask;

export function useUploads(start: StartUpload | undefined) {
  const { t } = useLanguage();
  const [items, setItems] = useState<UploadItem[]>([]);
  const tasks = useRef(new Map<number, UploadTask>());
  const next = useRef(1);
  const update = (id: number, change: Partial<UploadItem>) => setItems((list) => list.map((i) => (i.id === id ? { ...i, ...change } : i)));

  const add = (files: Iterable<File>) => {
    if (!start) return;
    const fresh: UploadItem[] = [];
    for (const file of files) {
      const id = next.current++;
      const tooMany = items.length + fresh.length >= MAX_ATTACHMENTS ? format(t.tooManyFiles, { n: MAX_ATTACHMENTS }) : null;
      // fileProblem decides; the sentence is the catalogue's.
      const tooBig = fileProblem(file) ? format(t.fileTooBig, { name: cleanFileName(file.name), size: formatSize(file.size), limit: formatSize(MAX_ATTACHMENT_BYTES) }) : null;
      const problem = tooMany ?? tooBig;
      fresh.push({ id, name: file.name || t.unnamedFile, size: file.size, progress: 0, upload: null, error: problem });
      if (problem) continue;
      const task = start(file, (fraction) => update(id, { progress: fraction }));
      tasks.current.set(id, task);
      task.done.then(
        (upload) => update(id, { upload, progress: 1 }),
        (error: unknown) => update(id, { error: error instanceof Error ? error.message : t.uploadFailed }),
      ).finally(() => tasks.current.delete(id));
    }
    setItems((list) => [...list, ...fresh]);
  };

  const remove = (id: number) => {
    tasks.current.get(id)?.abort();
    setItems((list) => list.filter((i) => i.id !== id));
  };

  const uploads = items.flatMap((i) => (i.upload ? [i.upload] : []));
  return {
    items,
    add,
    remove,
    uploads,
    /** Every file is either uploaded or refused: sending now loses nothing still on its way. */
    busy: items.some((i) => !i.upload && !i.error),
    clear: () => setItems([]),
  };
}
