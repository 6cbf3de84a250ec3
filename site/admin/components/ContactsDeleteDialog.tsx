import { useEffect, useRef, useState } from "preact/hooks";
import { messageOf } from "../lib/api.ts";
import { bulkDelete, type Selection } from "../lib/contacts.ts";

interface Props {
  selection: Selection | null;
  count: number;
  onClose: () => void;
  onDeleted: (deleted: number) => void;
}

// A filter selection is deleted a batch per request until none remain; this bounds a runaway loop.
const MAX_ROUNDS = 1000;

/** Confirms, then deletes: contacts, their conversations and their notes are gone for good. */
export function ContactsDeleteDialog({ selection, count, onClose, onDeleted }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (selection && !element.open) {
      setError(null);
      setProgress(0);
      element.showModal();
    }
    if (!selection && element.open) element.close();
  }, [selection]);

  const confirm = async () => {
    if (!selection) return;
    setBusy(true);
    setError(null);
    let deleted = 0;
    try {
      for (let round = 0; round < MAX_ROUNDS; round++) {
        const result = await bulkDelete(selection);
        deleted += result.deleted;
        setProgress(deleted);
        if (result.remaining === 0 || result.deleted === 0) break;
      }
      onDeleted(deleted);
    } catch (err) {
      setError(messageOf(err));
      if (deleted > 0) onDeleted(deleted);
    } finally {
      setBusy(false);
    }
  };

  const noun = count === 1 ? "contact" : "contacts";
  return (
    <dialog ref={dialog} class="contacts-dialog" aria-labelledby="contacts-delete-title" onClose={() => !busy && onClose()} onCancel={(e) => busy && e.preventDefault()}>
      <h2 id="contacts-delete-title">
        Delete {count.toLocaleString("en")} {noun}?
      </h2>
      <p>Their conversations, events and notes are deleted with them. This cannot be undone.</p>
      {busy && (
        <p class="muted" role="status">
          Deleted {progress.toLocaleString("en")} so far…
        </p>
      )}
      {error && (
        <p class="alert alert-error" role="alert">
          {error}
        </p>
      )}
      <div class="dialog-actions">
        <button type="button" class="button button-danger" onClick={confirm} disabled={busy}>
          {busy ? "Deleting…" : `Delete ${count.toLocaleString("en")} ${noun}`}
        </button>
        <button type="button" class="button" onClick={onClose} disabled={busy} autofocus>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
