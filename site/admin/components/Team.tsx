import { listTeammates, listTeams } from "../lib/team.ts";
import { useResource } from "../lib/useResource.ts";
import { Avatar } from "./Avatar.tsx";
import { ErrorAlert } from "./ErrorAlert.tsx";

interface Props {
  currentAdminId: string;
}

export function Team({ currentAdminId }: Props) {
  const [directory, reload] = useResource(
    async (signal) => {
      const [teammates, teams] = await Promise.all([listTeammates(signal), listTeams(signal)]);
      return { teammates, teams };
    },
    [],
  );

  if (directory.status === "loading") return <p role="status" class="muted">Loading team…</p>;
  if (directory.status === "error") {
    return <ErrorAlert error={directory.error} onRetry={reload} />;
  }

  const { teammates, teams } = directory.data;
  const nameOf = new Map(teammates.map((t) => [t.id, t.name]));
  const teamNameOf = new Map(teams.map((t) => [t.id, t.name]));

  return (
    <div class="stack-lg">
      <section aria-labelledby="teammates-title" class="card">
        <h2 id="teammates-title">Teammates ({teammates.length})</h2>
        <ul class="people">
          {teammates.map((admin) => (
            <li key={admin.id} class="person">
              <Avatar name={admin.name} />
              <div>
                <p class="person-name">
                  {admin.name}
                  {admin.id === currentAdminId && <span class="badge">You</span>}
                  {admin.away && <span class="badge badge-snoozed">Away</span>}
                </p>
                <p class="muted">
                  {admin.email}
                  {admin.jobTitle && ` · ${admin.jobTitle}`}
                </p>
                {admin.teamIds.length > 0 && (
                  <p class="muted small">
                    Teams: {admin.teamIds.map((id) => teamNameOf.get(id) ?? `#${id}`).join(", ")}
                  </p>
                )}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="teams-title" class="card">
        <h2 id="teams-title">Teams ({teams.length})</h2>
        {teams.length === 0 ? (
          <p class="muted">No teams yet.</p>
        ) : (
          <ul class="team-list">
            {teams.map((team) => (
              <li key={team.id}>
                <p class="person-name">{team.name}</p>
                <p class="muted">
                  {team.adminIds.length === 0
                    ? "No members"
                    : team.adminIds.map((id) => nameOf.get(id) ?? `Admin #${id}`).join(", ")}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
