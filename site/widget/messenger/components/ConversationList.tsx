import { useEffect, useState } from "preact/hooks";
import type { ConversationSummary } from "../../../../shared/protocol.ts";
import { count } from "../../../../shared/i18n/messages.ts";
import { conversationRow, shortTime } from "../lib/conversationRow.ts";
import { useLanguage } from "../lib/language.ts";

const seconds = () => Math.floor(Date.now() / 1000);

export function ConversationList({ items, onOpen }: { items: ConversationSummary[]; onOpen: (id: string) => void }) {
  const { t, languages } = useLanguage();
  const [now, setNow] = useState(seconds);
  // "2 min" must not stay "2 min" while the list is open.
  useEffect(() => {
    const timer = setInterval(() => setNow(seconds()), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (items.length === 0) return <p>{t.noConversations}</p>;
  return (
    <ul style="list-style:none;margin:0;padding:0" aria-label={t.yourConversations}>
      {items.map((c) => {
        const row = conversationRow(c, t);
        const at = new Date(c.last_part_at * 1000);
        return (
          <li key={c.id}>
            <button type="button" class="c" onClick={() => onOpen(c.id)}>
              <span class="cx">
                {row.sender}: {row.text}
              </span>
              <small>
                {c.state === "closed" ? `${t.closed} · ` : ""}
                <time dateTime={at.toISOString()} title={at.toLocaleString(languages)}>
                  {shortTime(c.last_part_at, now, t, languages)}
                </time>
                {c.unread > 0 && <span class="un">{count(t, "unreadOne", "unreadMany", c.unread)}</span>}
              </small>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
