import { useState } from "preact/hooks";
import type { Teammate, Team } from "../lib/team.ts";

interface Props {
  team: Team;
  teammates: Teammate[];
  isOwner: boolean;
  busy: boolean;
  onRename: (name: string) => Promise<boolean>;
  onDelete: () => Promise<boolean>;
  onAdd: (adminId: string) => Promise<boolean>;
  onRemove: (adminId: string) => Promise<boolean>;
}

export function TeamsCard({ team, teammates, isOwner, busy, onRename, onDelete, onAdd, onRemove }: Props) {
  const [name, setName] = useState(team.name);
  const [renaming, setRenaming] = useState(false);
  const [adding, setAdding] = useState("");
  const members = teammates.filter((t) => team.adminIds.includes(t.id));
  const others = teammates.filter((t) => !team.adminIds.includes(t.id));
  const base = `team-${team.id}`;

  const rename = async (event: SubmitEvent) => {
    event.preventDefault();
    if (name.trim() && (await onRename(name.trim()))) setRenaming(false);
  };

  return (
    <li class="teams-card" aria-labelledby={`${base}-name`}>
      <div class="teams-card-head">
        {renaming ? (
          <form class="teams-rename" onSubmit={rename}>
            <label for={`${base}-rename`} class="sr-only">
              Name of {team.name}
            </label>
            <input id={`${base}-rename`} value={name} maxLength={80} onInput={(e) => setName(e.currentTarget.value)} />
            <button type="submit" class="button button-small button-primary" disabled={busy}>
              Save
            </button>
            <button type="button" class="button button-small" onClick={() => (setRenaming(false), setName(team.name))}>
              Cancel
            </button>
          </form>
        ) : (
          <h3 id={`${base}-name`}>{team.name}</h3>
        )}
        {isOwner && !renaming && (
          <span class="teams-card-actions">
            <button type="button" class="button button-small" onClick={() => setRenaming(true)} aria-label={`Rename ${team.name}`}>
              Rename
            </button>
            <button
              type="button"
              class="button button-small button-danger"
              disabled={busy}
              aria-label={`Delete ${team.name}`}
              onClick={() => window.confirm(`Delete the team ${team.name}? Its conversations stay, unassigned from the team.`) && void onDelete()}
            >
              Delete
            </button>
          </span>
        )}
      </div>
      {members.length === 0 ? (
        <p class="muted small">No members</p>
      ) : (
        <ul class="teams-members" aria-label={`Members of ${team.name}`}>
          {members.map((m) => (
            <li key={m.id}>
              <span>{m.name}</span>
              {isOwner && (
                <button type="button" class="button button-small button-quiet" disabled={busy} onClick={() => void onRemove(m.id)} aria-label={`Remove ${m.name} from ${team.name}`}>
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {isOwner && others.length > 0 && (
        <form
          class="teams-add"
          onSubmit={(event) => {
            event.preventDefault();
            if (adding) void onAdd(adding).then((ok) => ok && setAdding(""));
          }}
        >
          <label for={`${base}-add`} class="sr-only">
            Add a member to {team.name}
          </label>
          <select id={`${base}-add`} value={adding} onChange={(e) => setAdding(e.currentTarget.value)}>
            <option value="">Add a member…</option>
            {others.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
          <button type="submit" class="button button-small" disabled={busy || !adding} aria-label={`Add to ${team.name}`}>
            Add
          </button>
        </form>
      )}
    </li>
  );
}
