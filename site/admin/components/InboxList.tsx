import { contactLabel, previewText, type InboxConversation } from "../lib/inbox.ts";
import type { Directory } from "../lib/inboxDirectory.ts";
import { LONG_WAIT_SECONDS, waitingText } from "../lib/inboxWaiting.ts";
import type { Presence } from "../../../shared/inbox.ts";
import { Avatar } from "./Avatar.tsx";
import { PresenceDot } from "./PresenceDot.tsx";
import { RelativeTime } from "./RelativeTime.tsx";

interface Props {
  label: string;
  conversations: InboxConversation[];
  selectedId: string | null;
  directory: Directory;
  typing: ReadonlyMap<string, unknown>;
  presence: ReadonlyMap<string, Presence>;
  hrefFor: (id: string) => string;
  /** Unix seconds, ticking, for the waiting time. */
  now: number;
}

function assigneeText(c: InboxConversation, directory: Directory): string {
  const admin = directory.adminName(c.admin_assignee_id);
  const team = directory.teamName(c.team_assignee_id);
  if (admin && team) return `${admin} · ${team}`;
  return admin ?? team ?? "Unassigned";
}

export function InboxList({ label, conversations, selectedId, directory, typing, presence, hrefFor, now }: Props) {
  return (
    <ul class="inbox-list" aria-label={label}>
      {conversations.map((c) => {
        const unread = c.unread > 0;
        const name = contactLabel(c.contact);
        const waiting = waitingText(c, now);
        const long = c.waiting_since !== null && now - c.waiting_since >= LONG_WAIT_SECONDS;
        return (
          <li key={c.id} class={`inbox-row${unread ? " unread" : ""}${c.id === selectedId ? " selected" : ""}`}>
            <a href={hrefFor(c.id)} aria-current={c.id === selectedId ? "true" : undefined} data-conversation-id={c.id}>
              <Avatar name={name} />
              <span class="inbox-row-body">
                <span class="inbox-row-top">
                  <span class="inbox-row-name">{name}</span>
                  <RelativeTime unix={c.last_part_at} />
                </span>
                <span class="inbox-row-preview">{typing.has(c.id) ? "Typing…" : previewText(c.last_part_preview) || "No messages"}</span>
                <span class="inbox-row-meta">
                  <span class="inbox-row-assignee">
                    {c.admin_assignee_id && <PresenceDot presence={presence.get(c.admin_assignee_id)} />} {assigneeText(c, directory)}
                  </span>
                  {waiting && <span class={`inbox-row-waiting${long ? " is-long" : ""}`}>{waiting}</span>}
                </span>
              </span>
              {unread && (
                <span class="unread-dot">
                  <span class="sr-only">Unread</span>
                </span>
              )}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
