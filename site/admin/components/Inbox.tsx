import { listConversations, type ConversationSummary } from "../lib/conversations.ts";
import { useResource } from "../lib/useResource.ts";
import { Avatar } from "./Avatar.tsx";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { RelativeTime } from "./RelativeTime.tsx";

const STATE_LABELS: Record<ConversationSummary["state"], string> = {
  open: "Open",
  closed: "Closed",
  snoozed: "Snoozed",
};

function ConversationRow({ conversation }: { conversation: ConversationSummary }) {
  const { contactName, snippet, updatedAt, state, unread } = conversation;
  return (
    <li class={unread ? "conversation unread" : "conversation"}>
      <Avatar name={contactName} />
      <div class="conversation-body">
        <p class="conversation-top">
          <span class="conversation-name">{contactName}</span>
          <RelativeTime unix={updatedAt} />
        </p>
        <p class="conversation-snippet">{snippet || "No messages"}</p>
      </div>
      <span class={`badge badge-${state}`}>{STATE_LABELS[state]}</span>
      {unread && <span class="sr-only">Unread</span>}
    </li>
  );
}

export function Inbox() {
  const [conversations, reload] = useResource((signal) => listConversations(signal), []);

  if (conversations.status === "loading") {
    return <p role="status" class="muted">Loading conversations…</p>;
  }
  if (conversations.status === "error") {
    return <ErrorAlert error={conversations.error} onRetry={reload} />;
  }
  if (conversations.data.length === 0) {
    return (
      <div class="empty">
        <h2>No conversations yet</h2>
        <p class="muted">When contacts message you through the messenger, their conversations will show up here.</p>
      </div>
    );
  }
  return (
    <ul class="conversation-list" aria-label="Conversations">
      {conversations.data.map((conversation) => (
        <ConversationRow key={conversation.id} conversation={conversation} />
      ))}
    </ul>
  );
}
