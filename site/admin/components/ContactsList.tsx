import { useEffect, useRef, useState } from "preact/hooks";
import { messageAudience, NOTHING, headerState, pickedCount, selectionOf, toggleLoaded, toggleRow, type Picked } from "../lib/contactSelection.ts";
import type { ContactFilter, Selection } from "../lib/contacts.ts";
import type { DraftGroup } from "../lib/rules.ts";
import { useContactPages, type ContactPages } from "../lib/useContactPages.ts";
import { ContactsBulkBar } from "./ContactsBulkBar.tsx";
import { ContactsDeleteDialog } from "./ContactsDeleteDialog.tsx";
import { ContactsFilter } from "./ContactsFilter.tsx";
import { ContactsMessagePanel } from "./ContactsMessagePanel.tsx";
import { ContactsTable } from "./ContactsTable.tsx";
import { ErrorAlert } from "./ErrorAlert.tsx";
import type { InitialAudience } from "./ManualMessageCompose.tsx";

interface Props {
  currentAdminId: string;
  input: string;
  onInput: (text: string) => void;
  onSearchNow: () => void;
  draft: DraftGroup | null;
  onDraft: (draft: DraftGroup | null) => void;
  onOpenFilter: () => void;
  filter: ContactFilter;
}

// Announced through a live region, so it must read well on its own.
function statusText(pages: ContactPages, filter: ContactFilter): string {
  const filtered = filter.query !== "" || filter.rules !== null;
  if (pages.status === "loading") return filtered ? "Searching…" : "Loading contacts…";
  if (pages.status === "error") return "";
  const total = pages.totalCount;
  const shown = pages.contacts.length;
  if (total === 0) return filtered ? "No contacts match." : "No contacts yet.";
  const noun = total === 1 ? "contact" : "contacts";
  const scope = filtered ? (total === 1 ? " matches" : " match") : "";
  const count = `${total.toLocaleString("en")} ${noun}${scope}`;
  return shown < total ? `${count}; showing ${shown.toLocaleString("en")}.` : `${count}.`;
}

export function ContactsList({ currentAdminId, input, onInput, onSearchNow, draft, onDraft, onOpenFilter, filter }: Props) {
  const [generation, setGeneration] = useState(0);
  const pages = useContactPages(filter, generation);
  const [picked, setPicked] = useState<Picked>(NOTHING);
  const [deleting, setDeleting] = useState<Selection | null>(null);
  const [message, setMessage] = useState<{ audience: InitialAudience; key: number } | null>(null);
  const [notice, setNotice] = useState("");
  const filterButton = useRef<HTMLButtonElement>(null);

  // A new filter is a new set of people: what was picked under the old one no longer applies.
  useEffect(() => {
    setPicked(NOTHING);
    setNotice("");
  }, [filter]);

  const loaded = pages.contacts.map((c) => c.id);
  const count = pickedCount(picked, pages.totalCount);
  const selection = selectionOf(picked, filter);
  const canPickAll = picked.kind === "ids" && headerState(picked, loaded) === "all" && pages.totalCount > loaded.length ? { total: pages.totalCount } : null;

  const deleted = (n: number) => {
    setDeleting(null);
    setPicked(NOTHING);
    setNotice(`Deleted ${n.toLocaleString("en")} ${n === 1 ? "contact" : "contacts"}.`);
    setGeneration((g) => g + 1);
  };

  const closeFilter = () => {
    onDraft(null);
    filterButton.current?.focus();
  };

  return (
    <div class="stack contacts">
      <div class="contacts-toolbar">
        <form class="search" role="search" aria-label="Contacts" onSubmit={(event) => (event.preventDefault(), onSearchNow())}>
          <label for="contact-search">Search contacts</label>
          <input id="contact-search" type="search" placeholder="Name or email" autocomplete="off" spellcheck={false} value={input} onInput={(event) => onInput(event.currentTarget.value)} />
        </form>
        <button ref={filterButton} type="button" class="button" aria-expanded={draft !== null} aria-controls="contacts-filter" onClick={() => (draft ? closeFilter() : onOpenFilter())}>
          {draft ? "Hide filter" : "Filter by rules"}
        </button>
      </div>

      {draft && <ContactsFilter draft={draft} onChange={onDraft} onClear={closeFilter} />}

      <p class="muted" role="status" data-testid="contacts-status">
        {notice ? `${notice} ` : ""}
        {statusText(pages, filter)}
      </p>
      <ErrorAlert error={pages.error} onRetry={pages.retry} />

      {message && <ContactsMessagePanel key={message.key} currentAdminId={currentAdminId} audience={message.audience} onClose={() => setMessage(null)} />}

      {selection && count > 0 && (
        <ContactsBulkBar
          count={count}
          selection={selection}
          canPickAll={canPickAll}
          onPickAll={() => setPicked({ kind: "all" })}
          onClear={() => setPicked(NOTHING)}
          onMessage={() => setMessage((m) => ({ audience: messageAudience(picked, filter), key: (m?.key ?? 0) + 1 }))}
          onDelete={() => setDeleting(selection)}
        />
      )}

      {pages.contacts.length > 0 && (
        <ContactsTable
          contacts={pages.contacts}
          busy={pages.status === "loading"}
          picked={picked}
          onToggleRow={(id) => setPicked((p) => toggleRow(p, id, loaded))}
          onToggleLoaded={() => setPicked((p) => toggleLoaded(p, loaded))}
        />
      )}

      {pages.hasMore && pages.status !== "error" && (
        <button type="button" class="button load-more" onClick={pages.loadMore} disabled={pages.status !== "ready"}>
          {pages.status === "more" ? "Loading…" : "Load more"}
        </button>
      )}

      <ContactsDeleteDialog selection={deleting} count={count} onClose={() => setDeleting(null)} onDeleted={deleted} />
    </div>
  );
}
