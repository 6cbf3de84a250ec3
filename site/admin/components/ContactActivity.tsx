import type { InboxConversation } from "../../../shared/inbox.ts";
import { previewText } from "../lib/inbox.ts";
import { inboxHref } from "../lib/inboxRoute.ts";
import type { ContactEvent } from "../lib/contacts.ts";
import { RelativeTime } from "./RelativeTime.tsx";

const STATE_LABEL = { open: "Open", snoozed: "Snoozed", closed: "Closed" } as const;

/** The contact's conversations, each a link that opens it in the inbox. */
export function ContactConversations({ conversations }: { conversations: InboxConversation[] }) {
  return (
    <section class="card stack-sm" aria-labelledby="contact-conversations-title">
      <h2 id="contact-conversations-title">Conversations</h2>
      {conversations.length === 0 ? (
        <p class="muted small">No conversations yet.</p>
      ) : (
        <ul class="contact-items">
          {conversations.map((c) => (
            <li key={c.id}>
              <a href={inboxHref({ view: { kind: "all" }, state: c.state, conversationId: c.id })}>{previewText(c.last_part_preview) || `Conversation ${c.id}`}</a>
              <span class="muted small">
                <span class={`badge badge-${c.state}`}>{STATE_LABEL[c.state]}</span> <RelativeTime unix={c.last_part_at} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What the contact did lately (events sent with `Intercom('trackEvent')` or the REST API). */
export function ContactEvents({ events }: { events: ContactEvent[] }) {
  return (
    <section class="card stack-sm" aria-labelledby="contact-events-title">
      <h2 id="contact-events-title">Recent events</h2>
      {events.length === 0 ? (
        <p class="muted small">No events yet.</p>
      ) : (
        <ul class="contact-items">
          {events.map((e) => (
            <li key={e.id}>
              <span class="contact-event-name">{e.name}</span>
              <span class="muted small">
                <RelativeTime unix={e.createdAt} />
                {e.metadata.map(([key, value]) => ` · ${key}: ${value}`).join("")}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
