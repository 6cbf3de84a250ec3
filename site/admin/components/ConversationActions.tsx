import type { Presence } from "../../../shared/inbox.ts";
import type { Action, ConversationDetail } from "../lib/conversations.ts";
import type { Directory } from "../lib/inboxDirectory.ts";
import { ConversationSnooze } from "./ConversationSnooze.tsx";

interface Props {
  detail: ConversationDetail;
  directory: Directory;
  presence: ReadonlyMap<string, Presence>;
  busy: boolean;
  onAct: (action: Action) => void;
  assignRef: { current: HTMLSelectElement | null };
}

function presenceLabel(p: Presence | undefined): string {
  if (!p?.online) return "";
  return p.away ? " (away)" : " (online)";
}

export function ConversationActions({ detail, directory, presence, busy, onAct, assignRef }: Props) {
  const closed = detail.state === "closed";
  return (
    <div class="conversation-actions" aria-label="Conversation actions" role="group">
      <label class="action-field">
        <span>Assignee</span>
        <select
          ref={assignRef}
          value={detail.adminAssigneeId ?? ""}
          disabled={busy}
          onChange={(event) => onAct({ kind: "assign", to: "admin", id: event.currentTarget.value || null })}
        >
          <option value="">Unassigned</option>
          {directory.admins.map((admin) => (
            <option key={admin.id} value={admin.id} selected={admin.id === detail.adminAssigneeId}>
              {admin.name}
              {presenceLabel(presence.get(admin.id))}
            </option>
          ))}
        </select>
      </label>
      <label class="action-field">
        <span>Team</span>
        <select
          value={detail.teamAssigneeId ?? ""}
          disabled={busy}
          onChange={(event) => onAct({ kind: "assign", to: "team", id: event.currentTarget.value || null })}
        >
          <option value="">No team</option>
          {directory.teams.map((team) => (
            <option key={team.id} value={team.id} selected={team.id === detail.teamAssigneeId}>
              {team.name}
            </option>
          ))}
        </select>
      </label>
      <div class="action-buttons">
        <ConversationSnooze disabled={busy} onSnooze={(until) => onAct({ kind: "snooze", until })} />
        {detail.state !== "open" && (
          <button type="button" class="button button-small" disabled={busy} onClick={() => onAct({ kind: "open" })}>
            Reopen
          </button>
        )}
        {!closed && (
          <button type="button" class="button button-small button-primary" disabled={busy} onClick={() => onAct({ kind: "close" })}>
            Close
          </button>
        )}
      </div>
    </div>
  );
}
