import { useState } from "preact/hooks";
import { useContactPages } from "../lib/useContactPages.ts";
import { useDebounced } from "../lib/useDebounced.ts";
import { ContactsTable } from "./ContactsTable.tsx";
import { ErrorAlert } from "./ErrorAlert.tsx";

const SEARCH_DELAY_MS = 300;

function summary(shown: number, total: number, query: string): string {
  const noun = total === 1 ? "contact" : "contacts";
  const scope = query ? ` matching “${query}”` : "";
  if (total === 0) return query ? `No contacts match “${query}”.` : "No contacts yet.";
  return shown < total ? `Showing ${shown} of ${total} ${noun}${scope}.` : `${total} ${noun}${scope}.`;
}

export function Contacts() {
  const [input, setInput] = useState("");
  const [query, setQuery] = useDebounced(input.trim(), SEARCH_DELAY_MS);
  const pages = useContactPages(query);

  return (
    <div class="stack">
      <form
          class="search"
          role="search"
          aria-label="Contacts"
          onSubmit={(event) => {
            event.preventDefault();
            setQuery(input.trim());
          }}
        >
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
        {pages.status === "loading"
          ? query
            ? "Searching…"
            : "Loading contacts…"
          : pages.status === "error"
            ? ""
            : summary(pages.contacts.length, pages.totalCount, query)}
      </p>
      <ErrorAlert error={pages.error} />
      {pages.status === "error" && (
        <button type="button" class="button" onClick={pages.retry}>
          Try again
        </button>
      )}

      {pages.contacts.length > 0 && <ContactsTable contacts={pages.contacts} busy={pages.status === "loading"} />}

      {pages.hasMore && pages.status !== "error" && (
        <button type="button" class="button load-more" onClick={pages.loadMore} disabled={pages.status !== "ready"}>
          {pages.status === "more" ? "Loading…" : "Load more"}
        </button>
      )}
    </div>
  );
}
