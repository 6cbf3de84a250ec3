import { useEffect, useState } from "preact/hooks";

// Where the contacts area is, in the address bar: `#/contacts` for the table and
// `#/contacts/<id>` for one contact, so a contact page has a real link that opens in a new tab.
const CONTACT_ID = /^[0-9a-zA-Z_-]{1,40}$/;

export function parseContactHash(hash: string): string | null {
  const [view, id] = hash.replace(/^#\/*/, "").split(/[/?]/);
  return view === "contacts" && id && CONTACT_ID.test(id) ? id : null;
}

export function contactHref(id: string): string {
  return `#/contacts/${encodeURIComponent(id)}`;
}

export const CONTACTS_HREF = "#/contacts";

export function useContactRoute(): string | null {
  const [id, setId] = useState(() => parseContactHash(location.hash));
  useEffect(() => {
    const update = () => setId(parseContactHash(location.hash));
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);
  return id;
}
