import { useState } from "preact/hooks";
import { listMembers, removeMember, setMemberDisabled, type Member } from "../lib/team.ts";
import { useResource } from "../lib/useResource.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";

interface Props {
  currentAdminId: string;
  onChanged: () => void;
}

/** Offboarding (owners only): disabling or removing an admin signs them out everywhere at once. */
export function TeamAccess({ currentAdminId, onChanged }: Props) {
  const [members, reload] = useResource((signal) => listMembers(signal), []);
  const [error, setError] = useState<unknown>(null);

  const act = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      reload();
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  const remove = (member: Member) => {
    if (window.confirm(`Remove ${member.name} from the workspace? Their sessions and API tokens end now.`)) void act(() => removeMember(member.id));
  };

  return (
    <section class="card stack" aria-labelledby="access-title">
      <h2 id="access-title">Access</h2>
      <p class="muted">Disabling or removing an admin ends their sessions, open inbox and API tokens at once.</p>
      <ErrorAlert error={error} />
      {members.status === "loading" && <p role="status" class="muted">Loading admins…</p>}
      {members.status === "error" && <ErrorAlert error={members.error} onRetry={reload} />}
      {members.status === "ready" && (
        <ul class="people">
          {members.data.map((member) => (
            <li key={member.id} class="person">
              <div>
                <p class="person-name">
                  {member.name} {member.disabledAt !== null && <span class="badge badge-closed">Disabled</span>}
                </p>
                <p class="muted">
                  {member.email} · {member.role === "owner" ? "Owner" : "Admin"}
                </p>
              </div>
              {member.id !== currentAdminId && (
                <div class="inline-form">
                  <button
                    type="button"
                    class="button button-small"
                    onClick={() => act(() => setMemberDisabled(member.id, member.disabledAt === null))}
                    aria-label={`${member.disabledAt === null ? "Disable" : "Enable"} ${member.name}`}
                  >
                    {member.disabledAt === null ? "Disable" : "Enable"}
                  </button>
                  <button type="button" class="button button-small button-danger" onClick={() => remove(member)} aria-label={`Remove ${member.name}`}>
                    Remove
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
