import { useState } from "preact/hooks";
import { useContactPages, type ContactPages } from "../lib/useContactPages.ts";
import { useDebounced } from "../lib/useDebounced.ts";
import { ContactsTable } from "./ContactsTable.tsx";
import { ErrorAlert } from "./ErrorAlert.tsx";

const SEARCH_DELAY_MS = 300;

// Announced through a live region, so it must read well on its own.
function statusText(pages: ContactPages, query: string): string {
  if (pages.status === "loading") return query ? "Searching…" : "Loading contacts…";
  if (pages.status === "error") return "";
  const total = pages.totalCount;
  const shown = pages.contacts.length;
  if (total === 0) return query ? `No contacts match “${query}”.` : "No contacts yet.";
  const noun = total === 1 ? "contact" : "contacts";
  const scope = query ? ` matching “${query}”` : "";
  return shown < total ? `Showing ${shown} of ${total} ${noun}${scope}.` : `${total} ${noun}${scope}.`;
}

export function Contacts() {
  const [input, setInput] = useState("");
  const [query, setQuery] = useDebounced(input.trim(), SEARCH_DELAY_MS);
  const pages = useContactPages(query);

  const searchNow = (event: SubmitEvent) => {
    event.preventDefault();
    setQuery(input.trim());
  };

  return (
    <div class="stack">
      <form class="search" role="search" aria-label="Contacts" onSubmit={searchNow}>
        <label for="contact-search">Search contacts</label>
        <input
          id="contact-search"
          type="search"
          placeholder="Name or email"
          autocomplete="off"
          spellcheck={false}
          value={input}
          onInput={(event) => setInput(event.currentTarget.value)}
        />
      </form>

      <p class="muted" role="status">
        {statusText(pages, query)}
      </p>
      <ErrorAlert error={pages.error} onRetry={pages.retry} />

      {pages.contacts.length > 0 && <ContactsTable contacts={pages.contacts} busy={pages.status === "loading"} />}

      {pages.hasMore && pages.status !== "error" && (
        <button type="button" class="button load-more" onClick={pages.loadMore} disabled={pages.status !== "ready"}>
          {pages.status === "more" ? "Loading…" : "Load more"}
        </button>
      )}
    </div>
  );
}
