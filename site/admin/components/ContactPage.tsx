import { Fragment } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { navigate } from "../lib/route.ts";
import { CONTACTS_HREF } from "../lib/contactRoute.ts";
import { fetchContactProfile, type ContactProfile, type Selection } from "../lib/contacts.ts";
import { useResource } from "../lib/useResource.ts";
import { ContactConversations, ContactEvents } from "./ContactActivity.tsx";
import { ContactCompanies } from "./ContactCompanies.tsx";
import { ContactNotes } from "./ContactNotes.tsx";
import { ContactTagEditor } from "./ContactTagEditor.tsx";
import { ContactsDeleteDialog } from "./ContactsDeleteDialog.tsx";
import { ContactsMessagePanel } from "./ContactsMessagePanel.tsx";
import { roleLabel } from "./ContactsTable.tsx";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { RelativeTime } from "./RelativeTime.tsx";

function Facts({ contact }: { contact: ContactProfile }) {
  const text = (value: string | null) => value ?? <span class="muted">—</span>;
  return (
    <dl class="contact-facts">
      <dt>Email</dt>
      <dd>{text(contact.email)}</dd>
      <dt>Phone</dt>
      <dd>{text(contact.phone)}</dd>
      <dt>User id</dt>
      <dd>{text(contact.externalId)}</dd>
      <dt>Location</dt>
      <dd>{text(contact.location)}</dd>
      <dt>Last seen</dt>
      <dd>
        <RelativeTime unix={contact.lastSeenAt} />
      </dd>
      <dt>Signed up</dt>
      <dd>
        <RelativeTime unix={contact.signedUpAt} empty="—" />
      </dd>
      <dt>First seen</dt>
      <dd>
        <RelativeTime unix={contact.createdAt} />
      </dd>
      <dt>Web sessions</dt>
      <dd>{contact.webSessions}</dd>
      <dt>Last page</dt>
      <dd class="contact-url">{text(contact.lastPageUrl)}</dd>
      <dt>Email messages</dt>
      <dd>{contact.unsubscribed ? "Unsubscribed" : "Subscribed"}</dd>
    </dl>
  );
}

function Attributes({ attributes }: { attributes: Array<[string, string]> }) {
  return (
    <section class="card stack-sm" aria-labelledby="contact-attributes-title">
      <h2 id="contact-attributes-title">Attributes</h2>
      {attributes.length === 0 ? (
        <p class="muted small">No custom attributes.</p>
      ) : (
        <dl class="contact-facts">
          {attributes.map(([key, value]) => (
            <Fragment key={key}>
              <dt>{key}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
      )}
    </section>
  );
}

/** One person: who they are, what they did, their conversations and the team's notes. */
export function ContactPage({ id, currentAdminId }: { id: string; currentAdminId: string }) {
  const [profile, reload] = useResource((signal) => fetchContactProfile(id, signal), [id]);
  const [messaging, setMessaging] = useState(false);
  const [deleting, setDeleting] = useState<Selection | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = profile.status === "ready";

  // Opened from the table: land on the person, as the inbox lands on a conversation.
  useEffect(() => {
    if (ready) heading.current?.focus();
  }, [ready]);

  return (
    <div class="stack contact-page">
      <p>
        <a href={CONTACTS_HREF}>← All contacts</a>
      </p>
      {profile.status === "loading" && (
        <p class="muted" role="status">
          Loading contact…
        </p>
      )}
      <ErrorAlert error={profile.status === "error" ? profile.error : null} onRetry={reload} />
      {profile.status === "ready" && (
        <>
          <header class="contact-head">
            <h2 ref={heading} tabIndex={-1} class={profile.data.anonymous ? "is-anonymous" : undefined}>
              {profile.data.displayName}
            </h2>
            <span class={`badge badge-${profile.data.role}`}>{roleLabel(profile.data.role)}</span>
            <div class="contact-head-actions">
              <button type="button" class="button button-small" onClick={() => setMessaging(true)}>
                Send a message
              </button>
              <button type="button" class="button button-small button-danger" onClick={() => setDeleting({ ids: [id] })}>
                Delete…
              </button>
            </div>
          </header>
          {profile.data.anonymous && <p class="muted small">An anonymous visitor: Parley names them after their id until they give a name or an email.</p>}
          {messaging && <ContactsMessagePanel currentAdminId={currentAdminId} audience={{ contactIds: [id] }} onClose={() => setMessaging(false)} />}
          <div class="contact-grid">
            <div class="stack">
              <section class="card stack-sm" aria-labelledby="contact-details-title">
                <h2 id="contact-details-title">Details</h2>
                <Facts contact={profile.data} />
              </section>
              <section class="card stack-sm" aria-labelledby="contact-tags-title">
                <h2 id="contact-tags-title">Tags</h2>
                <ContactTagEditor contactId={id} />
              </section>
              <Attributes attributes={profile.data.attributes} />
              <ContactCompanies contactId={id} />
            </div>
            <div class="stack">
              <ContactConversations conversations={profile.data.conversations} />
              <ContactNotes contactId={id} notes={profile.data.notes} />
              <ContactEvents events={profile.data.events} />
            </div>
          </div>
          <ContactsDeleteDialog selection={deleting} count={1} onClose={() => setDeleting(null)} onDeleted={() => navigate(CONTACTS_HREF)} />
        </>
      )}
    </div>
  );
}
