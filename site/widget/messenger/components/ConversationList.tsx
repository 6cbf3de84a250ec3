import type { ConversationSummary } from "../../../../shared/protocol.ts";

export function ConversationList({ items, onOpen }: { items: ConversationSummary[]; onOpen: (id: string) => void }) {
  if (items.length === 0) return <p>No conversations yet.</p>;
  return (
    <ul style="list-style:none;margin:0;padding:0" aria-label="Your conversations">
      {items.map((c) => (
        <li key={c.id}>
          <button type="button" class="c" onClick={() => onOpen(c.id)}>
            {c.last_part_preview || "Conversation"}
            {c.unread > 0 && <span class="un">{c.unread} new</span>}
            <small>
              {c.state === "closed" ? "Closed · " : ""}
              {new Date(c.last_part_at * 1000).toLocaleString()}
            </small>
          </button>
        </li>
      ))}
    </ul>
  );
}
