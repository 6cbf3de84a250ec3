import { Fragment } from "preact";
import { contactName } from "../../../shared/contactName.ts";
import { contactHref } from "../lib/contactRoute.ts";
import { getContact } from "../lib/conversations.ts";
import { previewText } from "../lib/inbox.ts";
import { fetchContactConversations } from "../lib/inboxApi.ts";
import { useResource } from "../lib/useResource.ts";
import { ContactTagEditor } from "./ContactTagEditor.tsx";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { RelativeTime } from "./RelativeTime.tsx";

interface Props {
  contactId: string;
  conversationId: string;
  pageUrl: string | null;
  hrefFor: (conversationId: string) => string;
}

const STATE_LABEL = { open: "Open", snoozed: "Snoozed", closed: "Closed" } as const;

export function ContactSidebar({ contactId, conversationId, pageUrl, hrefFor }: Props) {
  const [contact, reload] = useResource((signal) => getContact(contactId, signal), [contactId]);
  const [others] = useResource(
    (signal) => fetchContactConversations(contactId, signal),
    [contactId, conversationId],
  );

  return (
    <aside id="contact-sidebar" class="contact-sidebar" aria-labelledby="contact-sidebar-title">
      <h2 id="contact-sidebar-title">Contact</h2>
      {contact.status === "loading" && <p class="muted" role="status">Loading contact…</p>}
      {contact.status === "error" && <ErrorAlert error={contact.error} onRetry={reload} />}
      {contact.status === "ready" && (
        <dl class="contact-facts">
          <dt>Name</dt>
          <dd>
            <a href={contactHref(contact.data.id)}>{contactName(contact.data)}</a>
          </dd>
          <dt>Email</dt>
          <dd>{contact.data.email ?? <span class="muted">—</span>}</dd>
          <dt>Type</dt>
          <dd>
            <span class={`badge badge-${contact.data.role}`}>{contact.data.role === "user" ? "User" : "Visitor (lead)"}</span>
          </dd>
          {contact.data.externalId && (
            <>
              <dt>User id</dt>
              <dd>{contact.data.externalId}</dd>
            </>
          )}
          <dt>Last seen</dt>
          <dd>
            <RelativeTime unix={contact.data.lastSeenAt} />
          </dd>
          <dt>Web sessions</dt>
          <dd>{contact.data.webSessions}</dd>
          <dt>Current page</dt>
          <dd class="contact-url">{pageUrl ?? <span class="muted">—</span>}</dd>
          {contact.data.attributes.map(([key, value]) => (
            <Fragment key={key}>
              <dt>{key}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
      )}
      <h3>Tags</h3>
      <ContactTagEditor contactId={contactId} />
      <h3>Other conversations</h3>
      {others.status === "ready" ? (
        (() => {
          const list = others.data.conversations.filter((c) => c.id !== conversationId);
          if (list.length === 0) return <p class="muted small">None.</p>;
          return (
            <ul class="contact-conversations">
              {list.map((c) => (
                <li key={c.id}>
                  <a href={hrefFor(c.id)}>{previewText(c.last_part_preview) || `Conversation ${c.id}`}</a>
                  <span class="muted small">
                    {" "}
                    · {STATE_LABEL[c.state]} · <RelativeTime unix={c.last_part_at} />
                  </span>
                </li>
              ))}
            </ul>
          );
        })()
      ) : (
        <p class="muted small">{others.status === "error" ? "Could not load them." : "Loading…"}</p>
      )}
    </aside>
  );
}
