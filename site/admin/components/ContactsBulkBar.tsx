import { useState } from "preact/hooks";
import { messageOf } from "../lib/api.ts";
import { exportCsv, type Selection } from "../lib/contacts.ts";
import { ContactsBulkTag } from "./ContactsBulkTag.tsx";

interface Props {
  count: number;
  selection: Selection;
  /** Offered when every loaded row is picked but more contacts match the filter. */
  canPickAll: { total: number } | null;
  onPickAll: () => void;
  onClear: () => void;
  onMessage: () => void;
  onDelete: () => void;
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** What can be done to the picked contacts at once. */
export function ContactsBulkBar({ count, selection, canPickAll, onPickAll, onClear, onMessage, onDelete }: Props) {
  const [exporting, setExporting] = useState(false);
  const [tagging, setTagging] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const exportPicked = async () => {
    setExporting(true);
    setError(null);
    try {
      download(await exportCsv(selection), "contacts.csv");
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div class="contacts-bulk" role="region" aria-label="Bulk actions">
      <p class="contacts-bulk-count" aria-live="polite">
        <strong>{count.toLocaleString("en")}</strong> selected
        {canPickAll && (
          <>
            {" · "}
            <button type="button" class="button-link" onClick={onPickAll}>
              Select all {canPickAll.total.toLocaleString("en")} matching
            </button>
          </>
        )}
      </p>
      <div class="contacts-bulk-actions">
        <button type="button" class="button button-small" onClick={onMessage}>
          Send a message
        </button>
        <button type="button" class="button button-small" onClick={exportPicked} disabled={exporting}>
          {exporting ? "Exporting…" : "Export CSV"}
        </button>
        <button type="button" class="button button-small" aria-expanded={tagging} onClick={() => setTagging(!tagging)}>
          Tag…
        </button>
        <button type="button" class="button button-small button-danger" onClick={onDelete}>
          Delete…
        </button>
        <button type="button" class="button button-quiet button-small" onClick={onClear}>
          Clear selection
        </button>
      </div>
      {tagging && <ContactsBulkTag selection={selection} count={count} />}
      {error && (
        <p class="alert alert-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
