import { useEffect, useState } from "preact/hooks";
import type { ConversationSummary } from "../../../../shared/protocol.ts";
import { conversationRow, shortTime } from "../lib/conversationRow.ts";

const seconds = () => Math.floor(Date.now() / 1000);

export function ConversationList({ items, onOpen }: { items: ConversationSummary[]; onOpen: (id: string) => void }) {
  const [now, setNow] = useState(seconds);
  // "2 min" must not stay "2 min" while the list is open.
  useEffect(() => {
    const timer = setInterval(() => setNow(seconds()), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (items.length === 0) return <p>No conversations yet.</p>;
  return (
    <ul style="list-style:none;margin:0;padding:0" aria-label="Your conversations">
      {items.map((c) => {
        const row = conversationRow(c);
        const at = new Date(c.last_part_at * 1000);
        return (
          <li key={c.id}>
            <button type="button" class="c" onClick={() => onOpen(c.id)}>
              <span class="cx">
                {row.sender}: {row.text}
              </span>
              <small>
                {c.state === "closed" ? "Closed · " : ""}
                <time dateTime={at.toISOString()} title={at.toLocaleString()}>
                  {shortTime(c.last_part_at, now)}
                </time>
                {c.unread > 0 && <span class="un">{c.unread} new</span>}
              </small>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
