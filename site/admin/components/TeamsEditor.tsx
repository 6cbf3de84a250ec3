import { useState } from "preact/hooks";
import { messageOf } from "../lib/api.ts";
import type { Teammate, Team } from "../lib/team.ts";
import { addMember, createTeam, deleteTeam, removeMember, renameTeam, teamsErrorMessage } from "../lib/teams.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { TeamsCard } from "./TeamsCard.tsx";

interface Props {
  teams: Team[];
  teammates: Teammate[];
  isOwner: boolean;
  onChanged: () => void;
}

export type TeamsRun = (work: () => Promise<void>, done: string) => Promise<boolean>;

export function TeamsEditor({ teams, teammates, isOwner, onChanged }: Props) {
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");

  // One change at a time, each announced: the list below re-renders from the server's answer.
  const run: TeamsRun = async (work, done) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      setStatus(done);
      onChanged();
      return true;
    } catch (err) {
      setError(teamsErrorMessage(err) ?? messageOf(err));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const create = async (event: SubmitEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    if (await run(() => createTeam(trimmed), `Team ${trimmed} created.`)) setName("");
  };

  return (
    <section aria-labelledby="teams-title" class="card">
      <h2 id="teams-title">Teams ({teams.length})</h2>
      <p class="sr-only" role="status">
        {status}
      </p>
      <ErrorAlert error={error} />
      {isOwner ? (
        <form class="inline-form teams-create" onSubmit={create}>
          <div class="field">
            <label for="team-name">New team</label>
            <input id="team-name" value={name} maxLength={80} onInput={(e) => setName(e.currentTarget.value)} placeholder="e.g. Billing" />
          </div>
          <button type="submit" class="button button-primary" disabled={busy || !name.trim()}>
            Create team
          </button>
        </form>
      ) : (
        <p class="muted small">Only owners can create teams and change their members.</p>
      )}
      {teams.length === 0 ? (
        <p class="muted">No teams yet.</p>
      ) : (
        <ul class="teams-cards">
          {teams.map((team) => (
            <TeamsCard
              key={team.id}
              team={team}
              teammates={teammates}
              isOwner={isOwner}
              busy={busy}
              onRename={(next) => run(() => renameTeam(team.id, next), `Team renamed to ${next}.`)}
              onDelete={() => run(() => deleteTeam(team.id), `Team ${team.name} deleted.`)}
              onAdd={(adminId) => run(() => addMember(team.id, adminId), `Added to ${team.name}.`)}
              onRemove={(adminId) => run(() => removeMember(team.id, adminId), `Removed from ${team.name}.`)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
