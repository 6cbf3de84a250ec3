import { useEffect, useRef } from "preact/hooks";
import { contactHref } from "../lib/contactRoute.ts";
import { headerState, isPicked, type Picked } from "../lib/contactSelection.ts";
import type { Contact } from "../lib/contacts.ts";
import { RelativeTime } from "./RelativeTime.tsx";

interface Props {
  contacts: Contact[];
  busy: boolean;
  picked: Picked;
  onToggleRow: (id: string) => void;
  onToggleLoaded: () => void;
}

export function roleLabel(role: Contact["role"]): string {
  return role === "user" ? "User" : "Lead";
}

// The header box is "mixed" when only some loaded rows are picked; only a property can say so.
function HeaderBox({ state, onChange }: { state: "none" | "some" | "all"; onChange: () => void }) {
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = state === "some";
  }, [state]);
  return <input ref={box} type="checkbox" aria-label="Select every loaded contact" checked={state === "all"} onChange={onChange} />;
}

export function ContactsTable({ contacts, busy, picked, onToggleRow, onToggleLoaded }: Props) {
  const loaded = contacts.map((c) => c.id);
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label="Contacts table">
      <table aria-busy={busy} class="contacts-table">
        <thead>
          <tr>
            <th scope="col" class="pick">
              <HeaderBox state={headerState(picked, loaded)} onChange={onToggleLoaded} />
            </th>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Type</th>
            <th scope="col">Last seen</th>
            <th scope="col" class="optional">Signed up</th>
            <th scope="col" class="numeric optional">
              Web sessions
            </th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((contact) => {
            const on = isPicked(picked, contact.id);
            return (
              <tr key={contact.id} class={on ? "is-picked" : undefined}>
                <td class="pick">
                  <input type="checkbox" aria-label={`Select ${contact.displayName}`} checked={on} onChange={() => onToggleRow(contact.id)} />
                </td>
                <th scope="row">
                  <a href={contactHref(contact.id)} class={contact.anonymous ? "contact-link is-anonymous" : "contact-link"}>
                    {contact.displayName}
                  </a>
                </th>
                <td>{contact.email ?? <span class="muted">—</span>}</td>
                <td>
                  <span class={`badge badge-${contact.role}`}>{roleLabel(contact.role)}</span>
                </td>
                <td>
                  <RelativeTime unix={contact.lastSeenAt} />
                </td>
                <td class="optional">
                  <RelativeTime unix={contact.signedUpAt} empty="—" />
                </td>
                <td class="numeric optional">{contact.webSessions}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
