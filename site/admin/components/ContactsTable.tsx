import type { Contact } from "../lib/contacts.ts";
import { RelativeTime } from "./RelativeTime.tsx";

interface Props {
  contacts: Contact[];
  busy: boolean;
}

function displayName(contact: Contact): string {
  return contact.name ?? contact.email ?? contact.externalId ?? "Unnamed contact";
}

export function ContactsTable({ contacts, busy }: Props) {
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label="Contacts table">
      <table aria-busy={busy}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Type</th>
            <th scope="col">Last seen</th>
            <th scope="col" class="numeric">
              Web sessions
            </th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((contact) => (
            <tr key={contact.id}>
              <th scope="row" class={contact.name ? undefined : "muted"}>
                {displayName(contact)}
              </th>
              <td>{contact.email ?? <span class="muted">—</span>}</td>
              <td>
                <span class={`badge badge-${contact.role}`}>{contact.role === "user" ? "User" : "Lead"}</span>
              </td>
              <td>
                <RelativeTime unix={contact.lastSeenAt} />
              </td>
              <td class="numeric">{contact.webSessions}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
