import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { isAbort } from "./api.ts";
import { fetchContacts, type Contact, type ContactFilter } from "./contacts.ts";

export interface ContactPages {
  contacts: Contact[];
  totalCount: number;
  hasMore: boolean;
  // "loading" is the first page of a query; "more" is a Load more request.
  status: "loading" | "more" | "ready" | "error";
  error: unknown;
  loadMore: () => void;
  retry: () => void;
}

// Cursor pagination over the filtered table. A new filter aborts whatever is in
// flight so results from an older filter never mix in; `generation` reloads the
// first page after a bulk action changed what matches.
export function useContactPages(filter: ContactFilter, generation = 0): ContactPages {
  const [contacts, setContacts] = useState<Contact[]>([]);
  const [totalCount, setTotalCount] = useState(0);
  const [next, setNext] = useState<string | null>(null);
  const [status, setStatus] = useState<ContactPages["status"]>("loading");
  const [error, setError] = useState<unknown>(null);
  const controller = useRef<AbortController | null>(null);
  const lastCursor = useRef<string | null>(null);

  const load = useCallback(
    (cursor: string | null) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      lastCursor.current = cursor;
      setStatus(cursor ? "more" : "loading");
      setError(null);
      fetchContacts(filter, cursor, current.signal).then(
        (page) => {
          if (current.signal.aborted) return;
          setContacts((previous) => (cursor ? [...previous, ...page.contacts] : page.contacts));
          setTotalCount(page.totalCount);
          setNext(page.next);
          setStatus("ready");
        },
        (err: unknown) => {
          if (current.signal.aborted || isAbort(err)) return;
          // Rows from a previous query would be mistaken for results of this one.
          if (!cursor) setContacts([]);
          setError(err);
          setStatus("error");
        },
      );
    },
    // The filter is a fresh object per render; its JSON is its identity.
    [JSON.stringify(filter), generation],
  );

  useEffect(() => {
    load(null);
    return () => controller.current?.abort();
  }, [load]);

  return {
    contacts,
    totalCount,
    hasMore: next !== null,
    status,
    error,
    loadMore: () => load(next),
    // A failed Load more keeps the rows already shown and retries that page.
    retry: () => load(lastCursor.current),
  };
}
