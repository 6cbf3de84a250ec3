import { useEffect, useRef } from "preact/hooks";
import type { Part } from "../../../shared/protocol.ts";
import type { Directory } from "../lib/inboxDirectory.ts";
import type { Pending } from "../lib/inboxRoom.ts";
import { formatAbsolute } from "../lib/time.ts";
import { AttachmentList, AttachmentStyles } from "./AttachmentList.tsx";
import { ConversationText } from "./ConversationText.tsx";
import { RelativeTime } from "./RelativeTime.tsx";

interface Props {
  parts: Part[];
  pending: Pending[];
  contactName: string;
  readByUser: number;
  typing: string | null;
  directory: Directory;
  onRetry: (clientId: string) => void;
}

function authorName(part: Part, contactName: string): string {
  if (part.author.type === "user") return contactName;
  return part.author.name ?? (part.author.type === "bot" ? "Bot" : "A teammate");
}

// Actions read as one line in the timeline, like Intercom's "Ann assigned this to Sales".
function eventText(part: Part, who: string, directory: Directory): string {
  switch (part.part_type) {
    case "close":
      return `${who} closed the conversation`;
    case "open":
      return `${who} reopened the conversation`;
    case "snoozed":
      return part.snoozed_until ? `${who} snoozed the conversation until ${formatAbsolute(part.snoozed_until)}` : `${who} snoozed the conversation`;
    case "assignment": {
      const to = part.assigned_to;
      if (!to) return `${who} unassigned the conversation`;
      const name = to.name ?? (to.type === "team" ? directory.teamName(to.id) : directory.adminName(to.id));
      return `${who} assigned the conversation to ${name ?? "someone"}${to.type === "team" ? " (team)" : ""}`;
    }
    default:
      return who;
  }
}

function Message({ part, who, seen }: { part: Part; who: string; seen: boolean }) {
  const note = part.part_type === "note";
  const side = part.author.type === "user" ? "theirs" : "ours";
  return (
    <li class={`part part-${side}${note ? " part-note" : ""}`}>
      <p class="part-meta">
        <span class="part-author">{who}</span>
        <RelativeTime unix={part.created_at} />
      </p>
      {note && <p class="part-note-label">Note — only your team sees this</p>}
      {part.body && (
        <div class="part-body">
          <ConversationText text={part.body} />
        </div>
      )}
      <AttachmentList list={part.attachments} />
      {seen && <p class="part-seen">Seen</p>}
    </li>
  );
}

export function ConversationTimeline({ parts, pending, contactName, readByUser, typing, directory, onRetry }: Props) {
  const end = useRef<HTMLLIElement>(null);
  const count = parts.length + pending.length;
  useEffect(() => end.current?.scrollIntoView({ block: "end" }), [count]);
  const lastOurs = [...parts].reverse().find((p) => p.author.type !== "user" && p.part_type === "comment");

  return (
    <div class="timeline" role="log" aria-label="Conversation">
    <AttachmentStyles />
    <ol class="timeline-parts">
      {parts.map((part) => {
        const who = authorName(part, contactName);
        if (part.part_type === "comment" || part.part_type === "note") {
          return <Message key={part.seq} part={part} who={who} seen={part === lastOurs && readByUser >= part.seq} />;
        }
        return (
          <li key={part.seq} class="part-event">
            <span>{eventText(part, who, directory)}</span> <RelativeTime unix={part.created_at} />
            {part.body && <span class="part-event-body"> — {part.body}</span>}
          </li>
        );
      })}
      {pending.map((p) => (
        <li key={p.clientId} class={`part part-ours part-pending${p.kind === "note" ? " part-note" : ""}`}>
          {p.kind === "note" && <p class="part-note-label">Note — only your team sees this</p>}
          {p.body && (
            <div class="part-body">
              <ConversationText text={p.body} />
            </div>
          )}
          <AttachmentList list={p.attachments} />
          {p.error ? (
            <p class="part-error" role="alert">
              Not sent: {p.error}{" "}
              <button type="button" class="button button-small" onClick={() => onRetry(p.clientId)}>
                Retry
              </button>
            </p>
          ) : (
            <p class="part-seen">Sending…</p>
          )}
        </li>
      ))}
      {typing && <li class="part-typing">{typing} is typing…</li>}
      <li ref={end} class="timeline-end" aria-hidden="true" />
    </ol>
    </div>
  );
}
